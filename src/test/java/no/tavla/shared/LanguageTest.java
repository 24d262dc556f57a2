package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void bokmaalIsTheDefaultLanguage() {
        assertThat(Language.DEFAULT).isEqualTo(Language.BOKMAAL);
        assertThat(Language.of(null)).isEqualTo(Language.BOKMAAL);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.BOKMAAL);
    }

    @Test
    void bokmaalTagsAndPlainNorwegianMeanBokmaal() {
        assertThat(Language.fromTag("nb")).contains(Language.BOKMAAL);
        assertThat(Language.fromTag("nb-NO")).contains(Language.BOKMAAL);
        assertThat(Language.fromTag("no")).contains(Language.BOKMAAL);
    }

    @Test
    void nynorskAndSwedishAreLanguagesOfTheirOwn() {
        assertThat(Language.fromTag("nn-NO")).contains(Language.NYNORSK);
        assertThat(Language.fromTag("nn")).contains(Language.NYNORSK);
        assertThat(Language.fromTag("sv-SE")).contains(Language.SWEDISH);
        assertThat(Language.of(Locale.forLanguageTag("sv-FI"))).isEqualTo(Language.SWEDISH);
    }

    @Test
    void swedesWriteDatesTheIsoWayAndNorwegiansWithDots() {
        assertThat(Language.SWEDISH.datePatterns().getFirst()).isEqualTo("yyyy-MM-dd");
        assertThat(Language.NYNORSK.datePatterns().getFirst()).isEqualTo("dd.MM.yyyy");
        assertThat(Language.BOKMAAL.datePatterns()).contains("yyyy-MM-dd");
    }

    @Test
    void englishTagsMeanEnglish() {
        assertThat(Language.fromTag("en")).contains(Language.ENGLISH);
        assertThat(Language.fromTag("en-US")).contains(Language.ENGLISH);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void unknownOrMalformedTagsAreNoLanguage() {
        assertThat(Language.fromTag(null)).isEmpty();
        assertThat(Language.fromTag("  ")).isEmpty();
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("<script>")).isEmpty();
    }
}
