package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;


import no.tavla.shared.Language;
import no.tavla.organisation.People;
import no.tavla.organisation.SignIn;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * How long one printed notice takes (target under 300 ms) and fifty in a row (target under 10 s). A benchmark, not a
 * test: run on purpose; docs/BENCHMARKS.md says how and what it showed.
 */
@TavlaIntegrationTest
class NoticeBenchmark {

    private static final java.util.Locale NB = Language.BOKMAAL.locale();

    @Autowired
    Notices notices;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    @Test
    void oneNoticeAndFifty() {
        people.signedIn(new SignIn("demo-per", "Per Lie", null, "10004"));
        ServiceSignIn.as(strategies, "demo-per");
        long item = jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE title = 'Ny rutine for legemiddelhåndtering'",
                Long.class);
        for (int warm = 0; warm < 5; warm++) {
            notices.notice(item, "https://tavla.demo.kommune.no/news/" + item, NB).orElseThrow();
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            assertThat(notices.notice(item, "https://tavla.demo.kommune.no/news/" + item, NB)).isPresent();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            notices.notice(item, "https://tavla.demo.kommune.no/news/" + item, NB).orElseThrow();
        }
        double fifty = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK notice: one %.0f ms (best of 10 after warm-up, with its 4-page sign-off sheet),"
                + " fifty %.1f s%n", best, fifty);
    }

    @Test
    void aBatchOfFiftyAsOnePdf() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 50; i++) {
            jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                    + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                    + " SELECT ?, 'Ingress for oppslaget', ?, u.id, ?, false, false, false, 'PUBLISHED',"
                    + " NOW(6) - INTERVAL 1 MINUTE, p.id, NOW(6), NOW(6), 0 FROM unit u, person p"
                    + " WHERE u.code = 'HO-HJT' AND p.employee_number = '10005'", "Oppslag " + i + " " + tag,
                    "## Hva\n\nEn tekst som fyller et avsnitt eller to. ".repeat(6), i % 5 == 0 ? "MUST_READ" : "NORMAL");
        }
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT i.id, u.id, false"
                + " FROM news_item i, unit u WHERE i.title LIKE ? AND u.code = 'HO-HJT'", "Oppslag % " + tag);
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        people.signedIn(new SignIn("demo-per", "Per Lie", null, "10004"));
        ServiceSignIn.as(strategies, "demo-per");
        Notices.Progress quiet = Notices.Progress.NONE;
        try {
            notices.batch(unit, Notices.Period.THIS_WEEK, id -> "https://tavla.demo.kommune.no/news/" + id, quiet);
            long start = System.nanoTime();
            Notices.Batch batch = notices.batch(unit, Notices.Period.THIS_WEEK,
                    id -> "https://tavla.demo.kommune.no/news/" + id, quiet);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(batch.items()).hasSizeGreaterThanOrEqualTo(50);
            System.out.printf("BENCHMARK batch: %d notices (10 with sign-off sheets) as one PDF of %d kB in %.1f s%n",
                    batch.items().size(), batch.pdf().length / 1024, seconds);
        } finally {
            jdbc.update("DELETE FROM reach_print WHERE unit_id = ?", unit);
            jdbc.update("DELETE FROM news_item WHERE title LIKE ?", "Oppslag % " + tag);
        }
    }
}
