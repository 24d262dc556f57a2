package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;


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
            notices.notice(item, "https://tavla.demo.kommune.no/news/" + item).orElseThrow();
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            assertThat(notices.notice(item, "https://tavla.demo.kommune.no/news/" + item)).isPresent();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            notices.notice(item, "https://tavla.demo.kommune.no/news/" + item).orElseThrow();
        }
        double fifty = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK notice: one %.0f ms (best of 10 after warm-up), fifty %.1f s%n", best, fifty);
    }
}
