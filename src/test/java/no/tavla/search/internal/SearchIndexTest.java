package no.tavla.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import no.tavla.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index finds Norwegian words by their forms, compounds, spellings and small typos; it forgets on delete. */
class SearchIndexTest {

    @TempDir
    Path directory;
    private SearchIndex index;

    @BeforeEach
    void open() {
        index = new SearchIndex(directory);
        item(1, Language.BOKMAAL, "Barnehageopptaket 2027", "Søknadsfristen for barnehageplass er 1. mars.");
        item(2, Language.BOKMAAL, "Nye rutiner for sykefraværet", "Slik melder du fravær.");
        item(3, Language.NYNORSK, "Barnehagane stengjer i jula", "Alle barnehagane har stengt.");
        item(4, Language.SWEDISH, "Förskolorna stänger", "Alla förskolor har stängt i jul.");
        item(5, Language.BOKMAAL, "Kantinen har nye åpningstider", "Åpent fra 08.");
        index.put(new SearchIndex.Entry(SearchIndex.Type.PERSON, 7, Map.of(Language.BOKMAAL,
                new SearchIndex.Words("Kari Nordmann", "Rådgiver\nLønn og personal\nLønn, reiseregninger\n")), null,
                null, null));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void item(long id, Language language, String title, String text) {
        index.put(new SearchIndex.Entry(SearchIndex.Type.ITEM, id, Map.of(language, new SearchIndex.Words(title,
                text)), 10L, "NORMAL", Instant.parse("2026-11-01T08:00:00Z")));
    }

    private List<Long> items(String words) {
        return index.search(SearchIndex.Type.ITEM, SearchQueries.of(SearchQueries.words(words),
                EnumSet.allOf(Language.class), Language.BOKMAAL), null, 10).stream().map(SearchIndex.Hit::id).toList();
    }

    @Test
    void barnehageFindsItsFormsAndCompoundsInBothWrittenStandards() {
        assertThat(items("barnehage")).contains(1L, 3L).doesNotContain(2L, 5L);
        assertThat(items("barnehagene")).contains(1L, 3L);
    }

    @Test
    void sykefravaerFindsSykefravaeretAlsoWrittenInAscii() {
        assertThat(items("sykefravær")).containsExactly(2L);
        assertThat(items("sykefravaer")).containsExactly(2L);
    }

    @Test
    void aSmallTypoStillFinds() {
        assertThat(items("sykefravar")).contains(2L);
        assertThat(items("åpningstidr")).contains(5L);
        assertThat(items("aapningstider")).contains(5L);
    }

    @Test
    void swedishItemsAreFoundByTheirSwedishForms() {
        assertThat(items("förskola")).containsExactly(4L);
    }

    @Test
    void whoIsResponsibleForPayFindsThePersonAndLeavesTheStopWordsOut() {
        List<Long> people = index.search(SearchIndex.Type.PERSON, SearchQueries.of(
                SearchQueries.words("hvem har ansvar for lønn"), EnumSet.allOf(Language.class), Language.BOKMAAL),
                null, 10).stream().map(SearchIndex.Hit::id).toList();
        assertThat(people).containsExactly(7L);
        assertThat(items("lønn")).as("people are not items").isEmpty();
    }

    @Test
    void theTitleWeighsMoreThanTheText() {
        item(8, Language.BOKMAAL, "Om fravær", "Meld fra.");
        index.refresh();
        assertThat(items("fravær")).first().isEqualTo(8L);
    }

    @Test
    void filtersAndDeletionAreHonoured() {
        assertThat(index.search(SearchIndex.Type.ITEM, SearchQueries.of(List.of("barnehage"),
                EnumSet.allOf(Language.class), Language.BOKMAAL), SearchIndex.ownedByAnyOf(List.of(99L)), 10))
                .isEmpty();
        assertThat(index.search(SearchIndex.Type.ITEM, SearchQueries.of(List.of("barnehage"),
                EnumSet.allOf(Language.class), Language.BOKMAAL), SearchIndex.releasedSince(
                Instant.parse("2026-12-01T00:00:00Z")), 10)).isEmpty();
        index.delete(SearchIndex.Type.ITEM, 1);
        index.refresh();
        assertThat(items("barnehageopptak")).doesNotContain(1L);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.bytes()).isPositive();
    }

    @Test
    void twoWordsMustBothMatchAndOfThreeOneMayMiss() {
        assertThat(items("barnehage søknadsfristen")).containsExactly(1L);
        assertThat(items("barnehage sykefravær")).isEmpty();
        assertThat(items("barnehageplass søknadsfristen sykefravær")).containsExactly(1L);
        assertThat(index.search(SearchIndex.Type.ITEM, SearchQueries.of(SearchQueries.words(
                "barnehageplass søknadsfristen sykefravær"), EnumSet.allOf(Language.class), Language.BOKMAAL, false,
                true), null, 10)).as("the strict query, which a search tries first").isEmpty();
    }
}
