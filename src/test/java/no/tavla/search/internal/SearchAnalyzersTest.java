package no.tavla.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.tavla.shared.Language;
import org.junit.jupiter.api.Test;

/** The analysers bring a word's forms and spellings together, in each language Tavla writes in. */
class SearchAnalyzersTest {

    private static String form(Language language, String word) {
        return String.join(" ", SearchQueries.forms(language, word));
    }

    @Test
    void bokmaalsDefiniteAndPluralFormsShareTheirStem() {
        assertThat(form(Language.BOKMAAL, "barnehagene")).isEqualTo(form(Language.BOKMAAL, "barnehage"));
        assertThat(form(Language.BOKMAAL, "sykefraværet")).isEqualTo(form(Language.BOKMAAL, "sykefravær"));
        assertThat(form(Language.BOKMAAL, "Vaktene")).isEqualTo(form(Language.BOKMAAL, "vakt"));
    }

    @Test
    void aeOeAndAaAreTheSameAsTheirAsciiSpellings() {
        assertThat(form(Language.BOKMAAL, "sykefravaer")).isEqualTo(form(Language.BOKMAAL, "sykefravær"));
        assertThat(form(Language.BOKMAAL, "lonn")).isEqualTo(form(Language.BOKMAAL, "lønn"));
        assertThat(form(Language.BOKMAAL, "Lørenskog")).isEqualTo(form(Language.BOKMAAL, "Lorenskog"));
        assertThat(form(Language.BOKMAAL, "aapningstider")).isEqualTo(form(Language.BOKMAAL, "åpningstider"));
    }

    @Test
    void nynorskAndSwedishHaveTheirOwnEndings() {
        assertThat(form(Language.NYNORSK, "barnehagane")).isEqualTo(form(Language.NYNORSK, "barnehage"));
        assertThat(form(Language.SWEDISH, "förskolorna")).isEqualTo(form(Language.SWEDISH, "förskola"));
        assertThat(form(Language.ENGLISH, "schools")).isEqualTo(form(Language.ENGLISH, "school"));
    }

    @Test
    void stopWordsAreNotSearchedFor() {
        assertThat(SearchQueries.forms(Language.BOKMAAL, "hvem")).isEmpty();
        assertThat(SearchQueries.forms(Language.SWEDISH, "och")).isEmpty();
        assertThat(SearchAnalyzers.isStopWord(Language.BOKMAAL, "for")).isTrue();
        assertThat(SearchAnalyzers.isStopWord(Language.BOKMAAL, "lønn")).isFalse();
    }

    @Test
    void whatTheReaderTypesIsWordsNotQuerySyntax() {
        assertThat(SearchQueries.words("  lønn AND (ferie*)  \"turnus\" ")).containsExactly("lønn", "AND", "ferie",
                "turnus");
        assertThat(SearchQueries.words("e-post")).containsExactly("e-post");
        assertThat(SearchQueries.words("a b c d e f g h i j k")).hasSize(SearchQueries.MAX_WORDS);
        assertThat(SearchQueries.words(null)).isEmpty();
        assertThat(String.join("", SearchQueries.words("x".repeat(5000)))).hasSize(SearchQueries.MAX_LENGTH);
    }
}
