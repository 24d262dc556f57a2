package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import no.tavla.notifications.local.LocalMailServer;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest for 20,000 people, each with 5 to 20 items (250,000 outbox rows), rendered and handed to the local
 * SMTP server (GreenMail, emptied as it goes) over two connections ({@code -Dtavla.notifications.connections=1}: one):
 * the total time, the CPU time, the statements MariaDB counted, and the live heap after a
 * full GC sampled while it runs (flat: the job works in batches and keeps nothing of a batch once sent). The target is
 * two minutes on the 2-core machine. A benchmark, not a test: run on purpose, never by {@code ./mvnw verify}
 * (docs/BENCHMARKS.md says how and what it showed).
 */
@TavlaIntegrationTest
@SpringBootTest(properties = {"tavla.notifications.check=PT24H", "tavla.notifications.first-check=PT24H"})
class DigestBenchmark {

    private static final int PEOPLE = Integer.getInteger("tavla.digest.people", 20_000);
    private static final int ITEMS = 20;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxJob outbox;
    @Autowired
    LocalMailServer mail;
    @org.springframework.beans.factory.annotation.Value("${tavla.notifications.connections}")
    int connections;

    @Test
    void theDailyDigestForTwentyThousandPeople() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("DELETE FROM notification_fanout");
        // what other runs left waiting is not this benchmark's to send
        jdbc.update("UPDATE notification_outbox SET status = 'SKIPPED' WHERE status = 'WAITING'");
        jdbc.update("INSERT INTO unit (code, name, type, status, created_at, updated_at, version) VALUES (?, ?,"
                + " 'virksomhet', 'ACTIVE', NOW(6), NOW(6), 0)", "DIG-" + tag, "Sammendrag " + tag);
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, "DIG-" + tag);
        jdbc.update("INSERT INTO person (subject, name, email, primary_unit_id, status, has_work_computer,"
                + " created_at, updated_at, version) SELECT CONCAT('dig-', ?, '-', s.seq), CONCAT('Person ', s.seq),"
                + " CONCAT('dig', s.seq, '.', ?, '@kommune.example'), ?, 'ACTIVE', TRUE, NOW(6), NOW(6), 0"
                + " FROM seq_1_to_" + PEOPLE + " s", tag, tag, unit);
        long author = jdbc.queryForObject("SELECT MIN(id) FROM person WHERE subject LIKE ?", Long.class,
                "dig-" + tag + "-%");
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version,"
                + " released_done_at, external_done_at) SELECT CONCAT('Sak ', s.seq, ' ', ?),"
                + " 'Ingressen sier det viktigste om saken, i én eller to setninger som gir leseren lyst til å lese.',"
                + " 'Tekst', ?, IF(s.seq % 7 = 0, 'IMPORTANT', 'NORMAL'), false, false, false, 'PUBLISHED',"
                + " NOW(6) - INTERVAL s.seq MINUTE, ?, NOW(6), NOW(6), 0, NOW(6), NOW(6) FROM seq_1_to_" + ITEMS + " s",
                tag, unit, author);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT id, ?, true FROM"
                + " news_item WHERE title LIKE ?", unit, "Sak % " + tag);
        // person n gets items 1 .. 5 + n % 16: 5 to 20 each
        int rows = jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts,"
                + " due_at, created_at) SELECT p.id, i.id, 'EMAIL', 'DIGEST', 'WAITING', 0, NOW(6) - INTERVAL 1 SECOND,"
                + " NOW(6) FROM person p JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM news_item"
                + " WHERE title LIKE ?) i ON i.n <= 5 + p.id % 16 WHERE p.subject LIKE ?", "Sak % " + tag,
                "dig-" + tag + "-%");
        mail.purge();

        // the live heap after a full GC, every few seconds while the digest goes; GreenMail emptied as it fills
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger received = new AtomicInteger();
        List<Long> heap = new ArrayList<>();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                try {
                    received.addAndGet(mail.purge());
                    System.gc();
                    synchronized (heap) {
                        heap.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024);
                    }
                    Thread.sleep(3000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        long questions = questions();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = system.getProcessCpuTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int sent = 0;
        while (waiting(tag) > 0) {
            sent += outbox.runOnce();
        }
        long elapsed = System.nanoTime() - start;
        long jobCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
        long allCpu = system.getProcessCpuTime() - processCpu;
        long statements = questions() - questions;
        running.set(false);
        sampler.join();
        received.addAndGet(mail.purge());

        System.out.printf("BENCHMARK digest: %d people, %d outbox rows, %d items sent, %d e-mails received%n",
                PEOPLE, rows, sent, received.get());
        System.out.printf("BENCHMARK digest: %d connection(s); %.1f s in all; CPU %.1f s of the first sending thread,"
                + " %.1f s of the whole process (GreenMail's included); %d statements (%.1f per e-mail)%n",
                connections, elapsed / 1e9, jobCpu / 1e9, allCpu / 1e9, statements, statements / (double) PEOPLE);
        System.out.printf("BENCHMARK digest: live heap after full GC while sending (MB): %s%n", heap);
        // GreenMail is counted and emptied in two steps: a message arriving between them is not counted
        assertThat(received.get()).isGreaterThan(PEOPLE * 99 / 100);
        assertThat(sent).isEqualTo(rows);
        assertThat(waiting(tag)).isZero();
    }

    private int waiting(String tag) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o JOIN person p ON p.id = o.person_id"
                + " WHERE o.status IN ('WAITING', 'SENDING') AND p.subject LIKE ?", Integer.class, "dig-" + tag + "-%");
    }

    /** The statements MariaDB has been sent so far, by every connection (the few of this counter's own included). */
    private long questions() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME ="
                + " 'QUESTIONS'", Long.class);
    }
}
