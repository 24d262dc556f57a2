package no.tavla.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.tavla.news.FeedCard;
import no.tavla.news.ItemKind;
import no.tavla.organisation.SearchableDirectory;
import no.tavla.shared.Language;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Search on the real database: an item is found by its audience once released, by the forms of its words, and
 * follows its edits, withdrawal and expiry; people by what they are responsible for, not once they have left; units
 * by what they do; the searches that found nothing are counted for communications only.
 */
@TavlaIntegrationTest
class SearchIT {

    @Autowired
    Search search;
    @Autowired
    IndexKeeper keeper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private String tag;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "search");
        tag = org.tag();
        org.unit("S");
        org.unit("U", "S");
        org.unit("O");
        org.person("kari", "U");
        org.person("ola", "O");
        org.person("siv", "O");
    }

    @AfterEach
    void signOut() {
        jdbc.update("DELETE FROM news_item WHERE title LIKE ?", "%" + tag + "%");
        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    private long item(String title, String body, String status, Instant release, Instant expiry, String unit) {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                        + " external_release, status, release_at, expires_at, author_id, created_at, updated_at,"
                        + " version) VALUES (?, 'Ingress', ?, ?, 'IMPORTANT', false, false, false, ?, ?, ?, ?, NOW(6),"
                        + " NOW(6), 0)", title, body, org.unitId("S"), status, Timestamp.from(release),
                expiry == null ? null : Timestamp.from(expiry), org.personId("kari"));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) VALUES (?, ?, TRUE)", id,
                org.unitId(unit));
        return id;
    }

    private List<Long> items(String words) {
        return items(words, false);
    }

    private List<Long> items(String words, boolean archive) {
        return search.search(new Search.Request(words, Search.Among.ITEMS, null, null, Search.Since.ANY, archive,
                Search.Order.RELEVANCE, false), Language.BOKMAAL, 20).items().stream().map(FeedCard::id).toList();
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(strategies, org.subject(name), roles);
    }

    @Test
    void anItemIsFoundByItsAudienceByTheFormsOfItsWordsOnlyOnceReleased() {
        Instant now = Instant.now();
        long out = item("Barnehageopptaket " + tag, "Søknadsfristen er 1. mars.", "PUBLISHED", now.minusSeconds(60),
                null, "S");
        long later = item("Barnehagene stenger " + tag, "I jula.", "PUBLISHED", now.plus(Duration.ofDays(2)), null,
                "S");
        long draft = item("Barnehageutkast " + tag, "Ikke klart.", "DRAFT", now.minusSeconds(60), null, "S");
        SearchIndexing.followNow(keeper);

        as("kari");
        assertThat(items("barnehage " + tag)).as("the scheduled one and the draft are not found").containsExactly(out);
        assertThat(items("barnehagen " + tag)).containsExactly(out);
        as("ola");
        assertThat(items("barnehage " + tag)).as("outside the audience").isEmpty();
        as("kari");
        assertThat(items(tag)).doesNotContain(later, draft);
    }

    @Test
    void editsWithdrawalAndExpiryAreFollowed() {
        Instant now = Instant.now();
        long id = item("Turnus " + tag, "Om vaktene.", "PUBLISHED", now.minusSeconds(60), null, "U");
        SearchIndexing.followNow(keeper);
        as("kari");
        assertThat(items("turnus " + tag)).containsExactly(id);
        assertThat(items("sykefravær " + tag)).isEmpty();

        jdbc.update("UPDATE news_item SET body = 'Nye regler for sykefraværet.', updated_at = NOW(6) WHERE id = ?", id);
        SearchIndexing.followNow(keeper);
        assertThat(items("sykefravaer " + tag)).as("the edited text, in ASCII").containsExactly(id);

        jdbc.update("UPDATE news_item SET expires_at = ? WHERE id = ?", Timestamp.from(now.minusSeconds(1)), id);
        assertThat(items("turnus " + tag)).as("expired: out of search at once, the feed's rule").isEmpty();
        assertThat(items("turnus " + tag, true)).as("the archive keeps it").containsExactly(id);

        jdbc.update("UPDATE news_item SET status = 'WITHDRAWN', updated_at = NOW(6) WHERE id = ?", id);
        assertThat(items("turnus " + tag, true)).as("withdrawn: out at once, before the index follows").isEmpty();
        SearchIndexing.followNow(keeper);
        assertThat(keeper.index().search(no.tavla.search.internal.SearchIndex.Type.ITEM,
                no.tavla.search.internal.SearchQueries.of(List.of(tag), java.util.EnumSet.allOf(Language.class),
                        Language.BOKMAAL), null, 10)).as("and out of the index").isEmpty();
    }

    @Test
    void filtersNarrowByKindUnitAndTime() {
        Instant now = Instant.now();
        long id = item("Brannøvelse " + tag, "Alle ut.", "PUBLISHED", now.minus(Duration.ofDays(40)), null, "U");
        SearchIndexing.followNow(keeper);
        as("kari");
        Search.Request important = new Search.Request("brannøvelse " + tag, Search.Among.ITEMS, ItemKind.IMPORTANT,
                org.unitId("S"), Search.Since.YEAR, false, Search.Order.NEWEST, false);
        assertThat(search.search(important, Language.BOKMAAL, 10).items()).extracting(FeedCard::id).containsExactly(id);
        Search.Request mustRead = new Search.Request("brannøvelse " + tag, Search.Among.ITEMS, ItemKind.MUST_READ,
                null, Search.Since.ANY, false, Search.Order.RELEVANCE, false);
        assertThat(search.search(mustRead, Language.BOKMAAL, 10).items()).isEmpty();
        Search.Request otherUnit = new Search.Request("brannøvelse " + tag, Search.Among.ITEMS, null,
                org.unitId("O"), Search.Since.ANY, false, Search.Order.RELEVANCE, false);
        assertThat(search.search(otherUnit, Language.BOKMAAL, 10).items()).isEmpty();
        Search.Request lastMonth = new Search.Request("brannøvelse " + tag, Search.Among.ITEMS, null, null,
                Search.Since.MONTH, false, Search.Order.RELEVANCE, false);
        assertThat(search.search(lastMonth, Language.BOKMAAL, 10).items()).isEmpty();
    }

    @Test
    void whoIsResponsibleForPayFindsThePersonWithTheirContactButNotOnceTheyHaveLeft() {
        long siv = org.personId("siv");
        jdbc.update("UPDATE person SET title = 'Rådgiver', responsibilities = ?, tags = 'lønn, reiser',"
                + " email = ?, phone = '+47 99 88 77 66', updated_at = NOW(6) WHERE id = ?", "Lønn og refusjoner " + tag,
                "siv." + tag + "@example.org", siv);
        jdbc.update("UPDATE unit SET description = ?, updated_at = NOW(6) WHERE id = ?",
                "Vi tar oss av innkjøp og avtaler " + tag, org.unitId("O"));
        SearchIndexing.followNow(keeper);
        as("kari");
        List<SearchableDirectory.PersonEntry> people = search.search(new Search.Request("hvem har ansvar for lønn "
                + tag, Search.Among.PEOPLE, null, null, null, false, null, false), Language.BOKMAAL, 10).people();
        assertThat(people).extracting(SearchableDirectory.PersonEntry::id).containsExactly(siv);
        assertThat(people.getFirst().email()).isEqualTo("siv." + tag + "@example.org");
        assertThat(people.getFirst().unitName()).isEqualTo(org.unitName("O"));
        assertThat(search.search(Search.Request.typed("innkjøp " + tag), Language.BOKMAAL, 10).units())
                .extracting(SearchableDirectory.UnitEntry::id).containsExactly(org.unitId("O"));

        jdbc.update("UPDATE person SET status = 'LEFT', updated_at = NOW(6) WHERE id = ?", siv);
        assertThat(search.search(Search.Request.typed("lønn " + tag), Language.BOKMAAL, 10).people())
                .as("left: not shown at once, the directory's rule").isEmpty();
        SearchIndexing.followNow(keeper);
        assertThat(keeper.index().search(no.tavla.search.internal.SearchIndex.Type.PERSON,
                no.tavla.search.internal.SearchQueries.of(List.of("refusjoner", tag),
                        java.util.EnumSet.allOf(Language.class), Language.BOKMAAL), null, 10)).isEmpty();
    }

    @Test
    void searchesThatFindNothingAreCountedPerWeekForCommunicationsOnly() {
        SearchIndexing.followNow(keeper);
        as("kari");
        String nothing = "zqxvy" + tag;
        search.search(new Search.Request(nothing, null, null, null, null, false, null, true), Language.BOKMAAL, 10);
        search.search(new Search.Request(nothing.toUpperCase(), null, null, null, null, false, null, true),
                Language.BOKMAAL, 10);
        search.search(Search.Request.typed(nothing), Language.BOKMAAL, 10);
        assertThat(search.maySeeMisses()).isFalse();
        assertThatThrownBy(() -> search.misses(4, 10)).isInstanceOf(AccessDeniedException.class);

        as("ola", "COMMUNICATIONS");
        assertThat(search.maySeeMisses()).isTrue();
        assertThat(search.misses(1, 1000).getFirst().misses()).contains(new Search.Miss(nothing, 2));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name ="
                + " 'search_miss'", String.class)).as("no person in it").doesNotContain("person_id", "subject");
    }

    @Test
    void aPlanIsFoundByThoseWhoMaySeeItOnly() {
        org.person("eva", "U").role("EDITOR", "U");
        org.person("tor", "O").role("EDITOR", "O");
        jdbc.update("INSERT INTO plan (unit_id, name, background, change_text, archive_ref, goal, key_messages, status,"
                + " created_by, created_at, updated_at) VALUES (?, ?, 'Bakgrunn', 'Ny turnus', '', ?, '', 'DRAFT', ?,"
                + " NOW(6), NOW(6))", org.unitId("U"), "Turnusplan " + tag, "Alle kjenner nattevaktene " + tag,
                org.personId("eva"));
        long plan = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        try {
            SearchIndexing.followNow(keeper);
            as("eva");
            assertThat(search.search(Search.Request.typed("nattevakt " + tag), Language.BOKMAAL, 10).plans())
                    .extracting(no.tavla.plans.Plan::id).containsExactly(plan);
            assertThat(search.mayFindPlans()).isTrue();
            as("ola", "COMMUNICATIONS");
            assertThat(search.search(Search.Request.typed("turnusplan " + tag), Language.BOKMAAL, 10).plans())
                    .extracting(no.tavla.plans.Plan::id).containsExactly(plan);
            as("tor");
            assertThat(search.search(Search.Request.typed("turnusplan " + tag), Language.BOKMAAL, 10).plans())
                    .as("another unit's editor").isEmpty();
            as("kari");
            assertThat(search.search(Search.Request.typed("turnusplan " + tag), Language.BOKMAAL, 10).plans())
                    .as("an employee").isEmpty();
            assertThat(search.mayFindPlans()).isFalse();
        } finally {
            jdbc.update("DELETE FROM plan WHERE id = ?", plan);
        }
    }

    @Test
    void nobodySignedInFindsNothingAndAnOverlongOrEmptySearchIsHarmless() {
        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
        assertThatThrownBy(() -> search.search(Search.Request.typed("barnehage"), Language.BOKMAAL, 10))
                .isInstanceOf(AccessDeniedException.class);
        as("kari");
        assertThatThrownBy(keeper::rebuild).as("only administrators rebuild the index")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.search(Search.Request.typed(""), Language.BOKMAAL, 10).isEmpty()).isTrue();
        assertThat(search.search(Search.Request.typed("x"), Language.BOKMAAL, 10).isEmpty()).isTrue();
        assertThat(search.search(Search.Request.typed("\" AND (( *:* ~ ^ " + "ø".repeat(10_000)), null, 10).isEmpty())
                .isTrue();
    }
}
