package no.tavla.notifications;

import java.time.Duration;
import java.util.Set;

import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisDraft;
import no.tavla.notifications.local.LocalSmsGateway;
import no.tavla.support.CrisisCleanup;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Crisis SMS to 5,000 people through the local gateway answering each after 50 ms, as a real one's round trip
 * (issue 15): the time to switch on (writing the 5,000 messages in its transaction), the time until the gateway has
 * them all (target: 60 s), and the CPU time of the process. {@code -Dtavla.crisis.people=N}, {@code
 * -Dtavla.crisis.latency-ms=N} and {@code -Dtavla.notifications.crisis-sms-at-once=N} vary it. A benchmark, not a test:
 * run on purpose, never by {@code ./mvnw verify} (docs/BENCHMARKS.md says how and what it showed).
 */
@TavlaIntegrationTest
class CrisisSmsBenchmark {

    private static final int PEOPLE = Integer.getInteger("tavla.crisis.people", 5_000);
    private static final long LATENCY_MS = Long.getLong("tavla.crisis.latency-ms", 50);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Crises crises;
    @Autowired
    CrisisSender sender;
    @Autowired
    no.tavla.organisation.People people;
    @Autowired
    LocalSmsGateway gateway;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;
    @org.springframework.beans.factory.annotation.Value("${tavla.notifications.crisis-sms-at-once:10}")
    int atOnce;

    @Test
    void crisisSmsToFiveThousandPeople() throws Exception {
        CrisisCleanup.endEveryCrisis(jdbc);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO unit (code, name, type, status, created_at, updated_at, version) VALUES (?, ?,"
                + " 'virksomhet', 'ACTIVE', NOW(6), NOW(6), 0)", "SMS-" + tag, "Krise-SMS " + tag);
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, "SMS-" + tag);
        jdbc.update("INSERT INTO person (subject, name, mobile, primary_unit_id, status, has_work_computer,"
                + " created_at, updated_at, version) SELECT CONCAT('sms-', ?, '-', s.seq), CONCAT('Person ', s.seq),"
                + " CONCAT('+479', LPAD(s.seq, 7, '0')), ?, 'ACTIVE', FALSE, NOW(6), NOW(6), 0"
                + " FROM seq_1_to_" + PEOPLE + " s", tag, unit);
        gateway.forget();
        gateway.latency(Duration.ofMillis(LATENCY_MS));
        people.signedIn(new no.tavla.organisation.SignIn("demo-siri", "Siri Dahl", null, "10006"));
        ServiceSignIn.as(contexts, "demo-siri", "CRISIS");
        try {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpuBefore = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            long start = System.nanoTime();
            Crisis crisis = crises.switchOn(new CrisisDraft("Benchmark " + tag, "Vannet er forurenset.", false,
                    Set.of(unit), false));
            long switchedOn = System.nanoTime();
            int sent = 0;
            while (sent < PEOPLE && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
                sent += sender.runOnce();
            }
            long done = System.nanoTime();
            long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpuBefore;
            long received = gateway.received().stream().filter(text -> text.text().contains("/crisis/"
                    + crisis.id())).count();
            System.out.printf("CRISIS SMS: %d people, %d ms latency, %d at once: switched on in %d ms (messages"
                            + " written), all %d at the gateway %.1f s after switching on; process CPU %.1f s%n",
                    PEOPLE, LATENCY_MS, atOnce, (switchedOn - start) / 1_000_000, received,
                    (done - start) / 1e9, cpu / 1e9);
            if (received != PEOPLE) {
                throw new AssertionError("The gateway got " + received + " of " + PEOPLE);
            }
        } finally {
            gateway.latency(Duration.ZERO);
            gateway.forget();
            ServiceSignIn.out(contexts);
            CrisisCleanup.endEveryCrisis(jdbc);
        }
    }
}
