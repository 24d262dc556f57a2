package no.tavla.news;

import no.tavla.news.FeedCard;
import no.tavla.news.publishing.PublicNews;
import no.tavla.news.reading.NewsFeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A person's feed and the public feed with 10,000 items and with 1,000,000 items, among 50,000 people in 210 units.
 * A benchmark, not a test: run on purpose (docs/BENCHMARKS.md says how and what it showed), never by verify.
 */
@TavlaIntegrationTest
class FeedBenchmark {

    private static final int PEOPLE = 50_000;
    private static final Pattern OPTIMISATION_TIME = Pattern.compile(
            "\"query_optimization\":\\s*\\{\\s*\"r_total_time_ms\":\\s*([0-9.]+)");
    /** The query's own time in MariaDB, after its optimisation: the first r_total_time_ms of the query block. */
    private static final Pattern TOTAL_TIME = Pattern.compile(
            "\"query_block\":\\s*\\{[^{]*?\"r_total_time_ms\":\\s*([0-9.]+)");

    @Autowired
    NewsFeed feed;
    @Autowired
    PublicNews publicNews;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private void organisation() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code LIKE 'FB%'", Integer.class) > 0) {
            return;
        }
        for (int sector = 0; sector < 10; sector++) {
            jdbc.update("INSERT INTO unit (code, name, type, status, created_at, updated_at, version)"
                    + " VALUES (?, ?, 'SECTOR', 'ACTIVE', NOW(6), NOW(6), 0)", "FB" + sector, "Sektor " + sector);
            for (int unit = 0; unit < 20; unit++) {
                jdbc.update("INSERT INTO unit (code, name, type, parent_id, status, created_at, updated_at, version)"
                        + " SELECT ?, ?, 'UNIT', id, 'ACTIVE', NOW(6), NOW(6), 0 FROM unit WHERE code = ?",
                        "FB" + sector + "-" + unit, "Virksomhet " + unit, "FB" + sector);
            }
        }
        jdbc.update("INSERT INTO person (subject, name, primary_unit_id, status, has_work_computer, created_at,"
                + " updated_at, version) SELECT CONCAT('fb-', s.seq), CONCAT('Person ', s.seq), u.id, 'ACTIVE',"
                + " s.seq % 5 > 1, NOW(6), NOW(6), 0 FROM seq_1_to_" + PEOPLE + " s JOIN (SELECT id,"
                + " ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM unit WHERE code LIKE 'FB%-%') u ON u.n = s.seq % 200");
    }

    /** Adds items up to the total: 5 % for everyone, the rest for one unit and below; a tenth public. */
    private void itemsUpTo(int total) {
        int have = jdbc.queryForObject("SELECT COUNT(*) FROM news_item WHERE title LIKE 'Benchmark %'", Integer.class);
        if (have >= total) {
            return;
        }
        long author = jdbc.queryForObject("SELECT MIN(id) FROM person WHERE subject LIKE 'fb-%'", Long.class);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM news_item", Long.class);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, external_release_at, status, release_at, released_done_at, external_done_at,"
                + " author_id, created_at, updated_at, version) SELECT CONCAT('Benchmark ', s.seq), 'Ingress', 'Tekst',"
                + " u.id, 'NORMAL', false,"
                + " s.seq % 20 = 0, s.seq % 10 = 0, CASE WHEN s.seq % 10 = 0 THEN NOW(6) - INTERVAL (s.seq % 100000)"
                + " MINUTE + INTERVAL 3 HOUR END, 'PUBLISHED', NOW(6) - INTERVAL (s.seq % 1500000) MINUTE,"
                // long released: settled, as the release job leaves them, so it does not claim them meanwhile
                + " NOW(6), NOW(6), ?, NOW(6),"
                + " NOW(6), 0 FROM seq_" + (have + 1) + "_to_" + total + " s JOIN (SELECT id, ROW_NUMBER() OVER"
                + " (ORDER BY id) - 1 AS n FROM unit WHERE code LIKE 'FB%-%') u ON u.n = s.seq % 200", author);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT id, unit_id, true"
                + " FROM news_item WHERE id > ? AND title LIKE 'Benchmark %' AND NOT whole_municipality", first);
        jdbc.execute("ANALYZE TABLE news_item, news_audience_unit, news_read");
    }

    private void as(String subject) {
        ServiceSignIn.as(strategies, subject);
    }

    /** Milliseconds per feed page and per public feed, the best of 30 runs after a warm-up. */
    private double[] measure() {
        as("fb-4242");
        double personal = Double.MAX_VALUE;
        double counted = Double.MAX_VALUE;
        double open = Double.MAX_VALUE;
        for (int run = 0; run < 30; run++) {
            long start = System.nanoTime();
            List<FeedCard> page = feed.feed(FeedFilter.ALL, 0, 20);
            personal = Math.min(personal, (System.nanoTime() - start) / 1e6);
            assertThat(page).hasSize(20);
            start = System.nanoTime();
            feed.count(FeedFilter.ALL);
            counted = Math.min(counted, (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            assertThat(publicNews.latest(50)).hasSize(50);
            open = Math.min(open, (System.nanoTime() - start) / 1e6);
        }
        return new double[] {personal, counted, open};
    }

    private void plans() {
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT i.id FROM news_item i WHERE"
                + " i.status = 'PUBLISHED' AND i.release_at <= NOW() AND (i.whole_municipality OR EXISTS (SELECT 1"
                + " FROM news_audience_unit a WHERE a.item_id = i.id AND a.unit_id IN (1, 2, 3))) ORDER BY"
                + " i.release_at DESC, i.id DESC LIMIT 20");
        plan.forEach(row -> System.out.println("BENCHMARK plan feed: " + row));
        jdbc.queryForList("EXPLAIN SELECT i.id FROM news_item i WHERE i.status = 'PUBLISHED' AND i.release_at <= NOW()"
                + " AND i.pinned_until > NOW() AND i.kind = 'IMPORTANT' ORDER BY i.release_at DESC LIMIT 1000")
                .forEach(row -> System.out.println("BENCHMARK plan pinned: " + row));
        jdbc.queryForList("EXPLAIN SELECT i.id FROM news_item i WHERE i.status = 'PUBLISHED' AND"
                + " i.external_release_at IS NOT NULL AND i.external_release_at <= NOW() AND i.release_at <= NOW()"
                + " ORDER BY i.external_release_at DESC, i.id DESC LIMIT 50")
                .forEach(row -> System.out.println("BENCHMARK plan public: " + row));
    }

    /**
     * The statements one feed page and one count send, each analysed (run, with the rows and time per table), for
     * comparing where the time goes at two sizes.
     */
    private double[] analyse(String size) {
        as("fb-4242");
        double page = 0;
        double count = 0;
        try (no.tavla.load.StatementLog log = new no.tavla.load.StatementLog(jdbc)) {
            feed.feed(FeedFilter.ALL, 0, 20);
            feed.count(FeedFilter.ALL);
            for (String statement : log.statements()) {
                if (!statement.trim().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT")
                        || !statement.contains("news_item")) {
                    continue;
                }
                String analysed = jdbc.queryForObject("ANALYZE FORMAT=JSON " + statement, (rs, row) -> rs.getString(1));
                System.out.println("BENCHMARK analyse " + size + ": " + statement.replaceAll("\\s+", " "));
                System.out.println("BENCHMARK analysed " + size + ": " + analysed.replaceAll("\\s+", " "));
                double ms = 0;
                for (Pattern time : List.of(OPTIMISATION_TIME, TOTAL_TIME)) {
                    Matcher total = time.matcher(analysed);
                    ms += total.find() ? Double.parseDouble(total.group(1)) : 0;
                }
                if (statement.contains("COUNT(*)")) {
                    count += ms;
                } else {
                    page += ms;
                }
            }
        }
        return new double[] {page, count};
    }

    @Test
    void feedsWithTenThousandAndAMillionItems() {
        organisation();
        itemsUpTo(10_000);
        measure();
        double[] small = measure();
        plans();
        double[] smallInDatabase = analyse("10k");
        long start = System.nanoTime();
        itemsUpTo(1_000_000);
        System.out.printf("BENCHMARK feed: 990,000 items added in %.1f s%n", (System.nanoTime() - start) / 1e9);
        measure();
        double[] large = measure();
        plans();
        double[] largeInDatabase = analyse("1M");
        System.out.printf("BENCHMARK feed page (20): 10k %.1f ms, 1M %.1f ms, ratio %.2f%n", small[0], large[0],
                large[0] / small[0]);
        System.out.printf("BENCHMARK feed count: 10k %.1f ms, 1M %.1f ms, ratio %.2f%n", small[1], large[1],
                large[1] / small[1]);
        System.out.printf("BENCHMARK in MariaDB (ANALYZE, optimising and running), feed page: 10k %.2f ms, 1M %.2f ms, ratio %.2f;"
                + " count: 10k %.2f ms, 1M %.2f ms, ratio %.2f%n", smallInDatabase[0], largeInDatabase[0],
                largeInDatabase[0] / smallInDatabase[0], smallInDatabase[1], largeInDatabase[1],
                largeInDatabase[1] / smallInDatabase[1]);
        System.out.printf("BENCHMARK public feed (50): 10k %.1f ms, 1M %.1f ms, ratio %.2f%n", small[2], large[2],
                large[2] / small[2]);
    }
}
