package no.tavla.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.tavla.support.TavlaProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The load harness (docs/BENCHMARKS.md): Tavla in Vaadin's production mode as a process of its own, with the local
 * profile (embedded MariaDB, local sign-in) and 10,000 items; browsers without a browser ({@link BrowserlessClient})
 * sign in through the local identity provider and open feeds over Vaadin's protocol. It reports, all from one run:
 * server CPU per feed open against one {@code /public/feed.json} request, SQL statements per feed open (MariaDB's
 * general log), live heap per idle feed session with push after a full GC, and a release storm: items released while
 * every page is open, the statements it costs and the time until every page shows them.
 *
 * <p>Run on purpose, not in {@code verify}. First the production classes, beside the usual ones:
 * <pre>
 * ./mvnw -Pproduction -DskipTests -Dtavla.build.directory=target/production compile vaadin:build-frontend
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBenchmark -Dtavla.only=true \
 *     -Dtavla.load.sessions=1000
 * </pre>
 * and read the {@code LOAD} lines.
 */
class LoadBenchmark {

    static final Path PRODUCTION_CLASSES = Path.of("target", "production", "classes");
    /** What a production start leaves out and the local profile does not need either. */
    private static final List<String> LEFT_OUT = List.of("/com/vaadin/vaadin-dev", "/com/vaadin/copilot/",
            "/junit/", "/org/junit/", "/com/microsoft/playwright/", "/org/verapdf/", "/org/mockito/", "/org/assertj/",
            "/com/tngtech/", "/com/github/mvysny/", "/com/deque/");
    static final Pattern DATABASE_PORT = Pattern.compile("Embedded MariaDB is ready on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern CLASS_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final int ITEMS = 10_000;
    private static final int RELEASES = 10;

    private final int sessions = Integer.getInteger("tavla.load.sessions", 200);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void load() throws Exception {
        assertThat(PRODUCTION_CLASSES.resolve("META-INF/VAADIN/webapp")).as("the production classes: run "
                + "./mvnw -Pproduction -DskipTests -Dtavla.build.directory=target/production compile "
                + "vaadin:build-frontend first").isDirectory();
        int port = freePort();
        Path data = Files.createTempDirectory("tavla-load-db");
        try (TavlaProcess tavla = TavlaProcess.start(classPath(), Map.of("TAVLA_EMBEDDED_DB_DATA_DIR",
                        data.toString(), "TAVLA_NEWS_RELEASE_CHECK", "PT1S"),
                jvmOptions(),
                List.of("--spring.profiles.active=local", "--server.port=" + port, "--server.address=127.0.0.1",
                        "--tavla.local.sign-in-port=" + freePort(), "--tavla.local.mail-port=0",
                        "--tavla.local.sms-port=0"))) {
            assertThat(tavla.awaitLine(line -> line.contains("Started TavlaApplication"), 300))
                    .as("Tavla started:\n%s", tavla.output()).isTrue();
            Matcher databasePort = DATABASE_PORT.matcher(tavla.output());
            assertThat(databasePort.find()).isTrue();
            SingleConnectionDataSource database = new SingleConnectionDataSource(
                    "jdbc:mariadb://127.0.0.1:" + databasePort.group(1) + "/tavla", "root", "", true);
            JdbcTemplate jdbc = new JdbcTemplate(database);
            try {
                seed(jdbc);
            } catch (RuntimeException failed) {
                List<String> lines = tavla.lines();
                System.out.println(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
                throw failed;
            }
            URI base = URI.create("http://localhost:" + port);
            ProcessHandle server = tavla.handle();
            ProcessHandle mariadb = server.descendants().filter(p -> p.info().command().orElse("")
                    .contains("mariadbd")).findFirst().orElse(server);
            report("production mode", String.valueOf(!tavla.output().toLowerCase(java.util.Locale.ROOT).contains("development mode")));

            // warm up both paths, then measure them side by side
            BrowserlessClient reader = new BrowserlessClient(base);
            reader.signInAs("demo-jonas");
            for (int i = 0; i < 100; i++) {
                reader.open("/");
                publicFeed(base);
            }
            // first as measured until stop 25: 300 of each, one kind after the other, after 100 of each
            int opens = 300;
            long cpu = cpu(server);
            long dbCpu = cpu(mariadb);
            for (int i = 0; i < opens; i++) {
                reader.open("/");
            }
            double feedCpu = (cpu(server) - cpu) / 1e6 / opens;
            double feedDbCpu = (cpu(mariadb) - dbCpu) / 1e6 / opens;
            cpu = cpu(server);
            dbCpu = cpu(mariadb);
            for (int i = 0; i < opens; i++) {
                publicFeed(base);
            }
            double publicCpu = (cpu(server) - cpu) / 1e6 / opens;
            double publicDbCpu = (cpu(mariadb) - dbCpu) / 1e6 / opens;
            report("after 100 of each, one kind after the other: server CPU per feed open", String.format(
                    "%.2f ms JVM + %.2f ms MariaDB", feedCpu, feedDbCpu));
            report("after 100 of each, one kind after the other: server CPU per /public/feed.json", String.format(
                    "%.2f ms JVM + %.2f ms MariaDB", publicCpu, publicDbCpu));
            report("after 100 of each, one kind after the other: ratio (JVM)", String.format("%.2f",
                    feedCpu / publicCpu));

            // then warm, as a server is after its first hour (the JIT compiler done with both paths; its threads'
            // CPU is the process's too), in rounds that take turns, so that the machine's drift falls on both alike
            int warm = Integer.getInteger("tavla.load.warm-up", 2000);
            for (int i = 0; i < warm; i++) {
                reader.open("/");
                publicFeed(base);
            }
            boolean profile = Boolean.getBoolean("tavla.load.profile");
            if (profile) {
                jcmd(server, "JFR.start name=feed settings=profile");
            }
            int rounds = 10;
            int perRound = 50;
            long feedNanos = 0;
            long feedDbNanos = 0;
            long publicNanos = 0;
            long publicDbNanos = 0;
            for (int round = 0; round < rounds; round++) {
                cpu = cpu(server);
                dbCpu = cpu(mariadb);
                for (int i = 0; i < perRound; i++) {
                    reader.open("/");
                }
                feedNanos += cpu(server) - cpu;
                feedDbNanos += cpu(mariadb) - dbCpu;
                cpu = cpu(server);
                dbCpu = cpu(mariadb);
                for (int i = 0; i < perRound; i++) {
                    publicFeed(base);
                }
                publicNanos += cpu(server) - cpu;
                publicDbNanos += cpu(mariadb) - dbCpu;
            }
            if (profile) {
                jcmd(server, "JFR.stop name=feed filename=" + Path.of("target", "load-feed.jfr").toAbsolutePath());
            }
            opens = rounds * perRound;
            feedCpu = feedNanos / 1e6 / opens;
            feedDbCpu = feedDbNanos / 1e6 / opens;
            publicCpu = publicNanos / 1e6 / opens;
            publicDbCpu = publicDbNanos / 1e6 / opens;
            report("warm-up of each", String.valueOf(warm));
            report("server CPU per feed open", String.format("%.2f ms JVM + %.2f ms MariaDB", feedCpu, feedDbCpu));
            report("server CPU per /public/feed.json", String.format("%.2f ms JVM + %.2f ms MariaDB", publicCpu,
                    publicDbCpu));
            report("ratio feed open / public feed (JVM)", String.format("%.2f", feedCpu / publicCpu));
            report("ratio feed open / public feed (JVM + MariaDB)", String.format("%.2f",
                    (feedCpu + feedDbCpu) / (publicCpu + publicDbCpu)));
            // the release job runs every second here and its statements land in the same log: the least of five
            try (StatementLog log = new StatementLog(jdbc)) {
                int feedStatements = Integer.MAX_VALUE;
                int publicStatements = Integer.MAX_VALUE;
                int bytes = 0;
                Map<String, Long> feedSummary = Map.of();
                for (int run = 0; run < 5; run++) {
                    log.reset();
                    bytes = reader.open("/").bytes();
                    if (log.statements().size() < feedStatements) {
                        feedStatements = log.statements().size();
                        feedSummary = log.summary();
                    }
                    log.reset();
                    publicFeed(base);
                    publicStatements = Math.min(publicStatements, log.statements().size());
                }
                report("statements per feed open", feedStatements + " (" + bytes + " bytes)");
                feedSummary.forEach((statement, count) -> report("statements per feed open, " + statement,
                        String.valueOf(count)));
                Files.writeString(Path.of("target", "load-feed-page.html"), reader.body());
                report("statements per /public/feed.json (50 items)", String.valueOf(publicStatements));
            }
            reader.close();

            // idle sessions with push: live heap after a full GC, before and after
            long before = liveHeapKb(server);
            Map<String, Long> classesBefore = liveClasses(server);
            List<BrowserlessClient> open = openSessions(base, sessions);
            long after = liveHeapKb(server);
            Map<String, Long> classesAfter = liveClasses(server);
            report("idle feed sessions with push", String.valueOf(open.size()));
            report("live heap per idle feed session (after full GC)", String.format("%.0f KB",
                    (after - before) / (double) open.size()));
            classesAfter.entrySet().stream().filter(e -> !e.getKey().startsWith("#"))
                    .map(e -> Map.entry(e.getKey(), e.getValue() - classesBefore.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                    .forEach(e -> report("live heap per session, " + e.getKey(), String.format("%.1f KB in %.1f",
                            e.getValue() / 1024.0 / open.size(), (classesAfter.getOrDefault("#" + e.getKey(), 0L)
                                    - classesBefore.getOrDefault("#" + e.getKey(), 0L)) / (double) open.size())));

            // the release storm: items released while every page is open
            try (StatementLog log = new StatementLog(jdbc)) {
                long author = jdbc.queryForObject("SELECT MIN(id) FROM person", Long.class);
                long unit = jdbc.queryForObject("SELECT MIN(id) FROM unit", Long.class);
                jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled,"
                        + " whole_municipality, external_release, status, release_at, author_id, created_at,"
                        + " updated_at, version) SELECT CONCAT('Stormvarsel ', s.seq), 'Ingress', 'Tekst', ?, 'NORMAL',"
                        + " false, true, false, 'PUBLISHED', NOW(6) + INTERVAL 2 SECOND, ?, NOW(6), NOW(6), 0"
                        + " FROM seq_1_to_" + RELEASES + " s", unit, author);
                long released = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                long current = -1;
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (System.nanoTime() < deadline) {
                    if (open.stream().allMatch(LoadBenchmark::showsEveryRelease)) {
                        current = System.nanoTime();
                        break;
                    }
                    Thread.sleep(50);
                }
                int statements = log.statements().size();
                long showing = open.stream().filter(LoadBenchmark::showsEveryRelease).count();
                report("release storm: pages showing all " + RELEASES + " releases", showing + " of " + open.size());
                report("release storm: time until every page is current (from the release time)",
                        current < 0 ? "not within 5 minutes" : String.format("%.2f s", (current - released) / 1e9));
                report("release storm: statements in total", String.valueOf(statements));
                report("release storm: push messages per page", String.format("%.1f", open.stream()
                        .mapToInt(BrowserlessClient::pushMessages).average().orElse(0)));
            }
            open.forEach(BrowserlessClient::close);
            database.destroy();
        }
    }

    private static boolean showsEveryRelease(BrowserlessClient client) {
        String pushed = String.join("", client.pushed());
        for (int i = 1; i <= RELEASES; i++) {
            if (!pushed.contains("Stormvarsel " + i + "\"") && !pushed.contains("Stormvarsel " + i + "<")) {
                return false;
            }
        }
        return true;
    }

    /** {@code sessions} people's feeds, open and listening on push, signed in a few at a time. */
    static List<BrowserlessClient> openSessions(URI base, int sessions) throws Exception {
        String[] people = {"demo-jonas", "demo-kari"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BrowserlessClient>> started = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String subject = people[i % people.length];
                started.add(pool.submit(() -> {
                    BrowserlessClient client = new BrowserlessClient(base);
                    client.signInAs(subject);
                    client.listen();
                    return client;
                }));
            }
            List<BrowserlessClient> open = new ArrayList<>();
            for (Future<BrowserlessClient> client : started) {
                open.add(client.get());
            }
            return open;
        } finally {
            pool.shutdown();
        }
    }

    /** 10,000 items as the issue measured them: a twentieth for everyone, the rest for one unit and below. */
    static void seed(JdbcTemplate jdbc) {
        long author = jdbc.queryForObject("SELECT MIN(id) FROM person", Long.class);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM news_item", Long.class);
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, external_release_at, status, release_at, author_id, created_at, updated_at,"
                + " version) SELECT CONCAT('Last ', s.seq), 'Ingress', REPEAT('Tekst ', 400), u.id, 'NORMAL', false,"
                + " s.seq % 20 = 0, s.seq % 10 = 0, CASE WHEN s.seq % 10 = 0 THEN NOW(6) - INTERVAL s.seq MINUTE END,"
                + " 'PUBLISHED', NOW(6) - INTERVAL s.seq MINUTE, ?, NOW(6), NOW(6), 0 FROM seq_1_to_" + ITEMS + " s"
                + " JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM unit) u ON u.n = s.seq % " + units,
                author);
        // their release is long past: settled, as the release job does with releases outside its window
        jdbc.update("UPDATE news_item SET released_done_at = NOW(6), external_done_at = NOW(6) WHERE id > ? AND title LIKE 'Last %'", first);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT id, unit_id, true"
                + " FROM news_item WHERE id > ? AND title LIKE 'Last %' AND NOT whole_municipality", first);
        jdbc.execute("ANALYZE TABLE news_item, news_audience_unit, news_read");
    }

    private void publicFeed(URI base) throws IOException, InterruptedException {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(base.resolve("/public/feed.json"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    /** The process's CPU time so far, all its threads, in nanoseconds. */
    static long cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** The heap in use right after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    private static long liveHeapKb(ProcessHandle process) throws IOException, InterruptedException {
        jcmd(process, "GC.run");
        jcmd(process, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(process, "GC.heap_info"));
        assertThat(used.find()).isTrue();
        return Long.parseLong(used.group(1));
    }

    /** Bytes of live objects by class ({@code jcmd GC.class_histogram}, which collects first). */
    private static Map<String, Long> liveClasses(ProcessHandle process) throws IOException, InterruptedException {
        Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = CLASS_ROW.matcher(jcmd(process, "GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            bytes.merge("#" + row.group(3), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    static String jcmd(ProcessHandle process, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    static void report(String what, String result) {
        System.out.println("LOAD " + what + ": " + result);
    }

    /** The server's JVM options; {@code -Dtavla.load.jvm="-Da=b -Dc=d"} adds some, to compare settings. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx6g", "-XX:FlightRecorderOptions=stackdepth=256",
                "-Dvaadin.productionMode=true", "-Duser.timezone=Europe/Oslo"));
        String more = System.getProperty("tavla.load.jvm", "").trim();
        if (!more.isEmpty()) {
            options.addAll(List.of(more.split("\\s+")));
        }
        return options;
    }

    /** The production classes first, then the libraries the local profile needs, without dev mode's. */
    static String classPath() {
        return Stream.concat(Stream.of(PRODUCTION_CLASSES.toAbsolutePath().toString()),
                        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                                .filter(entry -> entry.endsWith(".jar"))
                                .filter(entry -> LEFT_OUT.stream().noneMatch(entry.replace('\\', '/')::contains)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
