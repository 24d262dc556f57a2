package no.tavla.load;

import java.net.URI;
import java.util.List;
import java.util.Map;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many SQL statements one page costs: a feed open, an item page and the public feed with 50 items, each as the
 * first request of a page (eager server load) by a signed-in browser. A benchmark (docs/BENCHMARKS.md), run on
 * purpose: {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StatementBudgetBenchmark
 * -Dtavla.only=true}.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tavla.news.release-check=PT1H")
class StatementBudgetBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private void report(String what, StatementLog log, int budget) {
        List<String> statements = log.statements();
        System.out.println("BENCHMARK statements " + what + ": " + statements.size() + " (budget " + budget + ") "
                + log.kinds());
        for (Map.Entry<String, Long> e : log.summary().entrySet()) {
            System.out.println("  " + e.getValue() + " × " + e.getKey());
        }
    }

    @Test
    void statementsPerPage() throws Exception {
        BrowserlessClient jonas = new BrowserlessClient(URI.create("http://localhost:" + port));
        jonas.signInAs("demo-jonas");
        jonas.open("/"); // warm: the first page after sign-in
        long item = jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE whole_municipality"
                + " AND status = 'PUBLISHED' AND release_at < NOW(6)", Long.class);
        try (StatementLog log = new StatementLog(jdbc)) {
            BrowserlessClient.Page feed = jonas.open("/");
            report("feed open (" + feed.bytes() + " bytes, status " + feed.status() + ")", log, 8);
            log.reset();
            BrowserlessClient.Page itemPage = jonas.open("/news/" + item);
            report("item page (" + itemPage.bytes() + " bytes, status " + itemPage.status() + ")", log, 12);
            log.reset();
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/public/feed.json")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            report("public feed (50)", log, 4);
        }
    }
}
