package no.tavla.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import no.tavla.search.internal.SearchIndex;
import no.tavla.search.internal.SearchQueries;
import no.tavla.shared.Language;
import no.tavla.support.SecondTavla;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Tavla instances on one database, each with its own index: an item released, edited and withdrawn through
 * the database, and a person changed by an HR import, are found (or not) on the other instance within seconds,
 * without any message between them (decision 0027).
 */
@TavlaIntegrationTest
class SearchOnEveryInstanceIT {

    @Autowired
    IndexKeeper keeper;
    @Autowired
    JdbcTemplate jdbc;

    private static List<Long> hits(IndexKeeper keeper, SearchIndex.Type type, String... words) {
        return keeper.index().search(type, SearchQueries.of(List.of(words), EnumSet.allOf(Language.class),
                Language.BOKMAAL), null, 10).stream().map(SearchIndex.Hit::id).toList();
    }

    @Test
    void whatChangesInTheDatabaseIsFoundOnEveryInstanceWithinSeconds() {
        TestOrganisation org = new TestOrganisation(jdbc, "search-two");
        String tag = org.tag();
        org.unit("S");
        long person = org.person("kari", "S").id();
        try (ConfigurableApplicationContext second = SecondTavla.start(List.of(), "--tavla.search.follow=PT0.2S")) {
            IndexKeeper other = second.getBean(IndexKeeper.class);
            SearchIndexing.waitFor(other::isReady, "the second instance's index is built");
            SearchIndexing.waitFor(keeper::isReady, "this instance's index is built");

            jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                    + " external_release, status, release_at, author_id, created_at, updated_at, version) VALUES (?,"
                    + " '', 'Ny vaktplan.', ?, 'NORMAL', false, true, false, 'PUBLISHED', ?, ?, NOW(6), NOW(6), 0)",
                    "Vaktplan " + tag, org.unitId("S"), Timestamp.from(Instant.now()), person);
            long item = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            SearchIndexing.waitFor(() -> hits(other, SearchIndex.Type.ITEM, "vaktplanen", tag).contains(item),
                    "the released item is found on the other instance");

            jdbc.update("UPDATE news_item SET body = 'Juleturnus for alle.', updated_at = NOW(6) WHERE id = ?", item);
            SearchIndexing.waitFor(() -> hits(other, SearchIndex.Type.ITEM, "juleturnusen", tag).contains(item),
                    "the edit is found on the other instance");

            jdbc.update("UPDATE person SET responsibilities = 'Personvern', updated_at = NOW(6) WHERE id = ?", person);
            SearchIndexing.waitFor(() -> hits(other, SearchIndex.Type.PERSON, "personvern", tag).contains(person),
                    "the person's new responsibility is found on the other instance");

            jdbc.update("UPDATE news_item SET status = 'WITHDRAWN', updated_at = NOW(6) WHERE id = ?", item);
            SearchIndexing.waitFor(() -> hits(other, SearchIndex.Type.ITEM, "juleturnus", tag).isEmpty(),
                    "the withdrawn item leaves the other instance's index");
            assertThat(hits(other, SearchIndex.Type.PERSON, "personvern", tag)).containsExactly(person);
        } finally {
            jdbc.update("DELETE FROM news_item WHERE title = ?", "Vaktplan " + tag);
        }
    }
}
