package no.tavla.news.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The writing hints on known texts, the LIX worked out by hand. */
class WritingHintsTest {

    private final WritingHints hints = new WritingHints();

    private WritingHints.Result check(String title, String lead, String body) {
        return hints.check(title, lead, body, "nb", WritingHints.Limits.DEFAULT);
    }

    private static List<WritingHints.Kind> kinds(WritingHints.Result result) {
        return result.hints().stream().map(WritingHints.Hint::kind).toList();
    }

    @Test
    void lixIsWordsPerSentencePlusTheShareOfLongWords() {
        // "Kommunen åpner et nytt bibliotek." 5 words; "Det ligger i sentrum, ved torget." 6 words: 11 words, 2
        // sentences, long words (over six letters): Kommunen, bibliotek, sentrum = 3. LIX = 11 / 2 + 100 * 3 / 11 =
        // 5.5 + 27.27 = 32.77, so 33: easy
        WritingHints.Result result = check("", "", "Kommunen åpner et nytt bibliotek. Det ligger i sentrum, ved torget.");
        assertThat(result.words()).isEqualTo(11);
        assertThat(result.sentences()).isEqualTo(2);
        assertThat(result.lix()).isEqualTo(33);
        assertThat(result.band()).isEqualTo(WritingHints.Band.EASY);
        assertThat(kinds(result)).doesNotContain(WritingHints.Kind.LIX_HIGH);
    }

    @Test
    void aShortTextIsNotMeasuredAndAbbreviationsAndNumbersEndNoSentence() {
        assertThat(check("", "", "Møte kl. 12.30 i dag.").lix()).isNull();
        assertThat(WritingHints.sentences("Ta med f.eks. matpakke. Vi betaler 1.500 kr.")).containsExactly(
                "Ta med f.eks. matpakke.", "Vi betaler 1.500 kr.");
        assertThat(WritingHints.sentences("Husk dette: Alle må møte!")).containsExactly("Husk dette:", "Alle må møte!");
    }

    @Test
    void heavyOfficialeseIsSaidToBeHardWithItsLongSentenceAndPlainerWords() {
        String body = "Vedrørende implementeringen av kommunestyrets vedtak foreligger det nødvendige forutsetninger"
                + " for at virksomhetsområdene iht. gjeldende retningslinjer skal iverksette omorganiseringsprosessen"
                + " innenfor tilgjengelige økonomiske rammebetingelser og eksisterende personalressurser i hele"
                + " organisasjonen.";
        WritingHints.Result result = check("Omorganisering", "Ny organisering fra mars.", body);
        assertThat(result.lix()).isGreaterThan(60);
        assertThat(result.band()).isEqualTo(WritingHints.Band.VERY_HARD);
        assertThat(result.hints()).first().satisfies(hint -> {
            assertThat(hint.kind()).isEqualTo(WritingHints.Kind.LIX_HIGH);
            assertThat(hint.arguments()).containsExactly(result.lix(), 40);
        });
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.LONG_SENTENCE).singleElement()
                .satisfies(hint -> assertThat(hint.arguments().get(1)).isEqualTo(
                        "Vedrørende implementeringen av kommunestyrets vedtak foreligger det nødvendige …"));
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.PLAINER_WORD)
                .extracting(hint -> hint.arguments().get(0)).contains("vedrørende", "foreligger", "iht.", "iverksette");
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.PLAINER_WORD)
                .extracting(hint -> hint.arguments().get(0)).as("not inside another word").doesNotContain("pr.");
    }

    @Test
    void theLeadAndTitleDoTheirJob() {
        assertThat(kinds(check("Ny turnus", "", "Tekst."))).contains(WritingHints.Kind.LEAD_MISSING);
        assertThat(kinds(check("Ny turnus", "ord ".repeat(41), "Tekst."))).contains(WritingHints.Kind.LEAD_LONG);
        assertThat(kinds(check("Kommunen har fått ny turnus i hjemmetjenesten.", "Kort.", "")))
                .contains(WritingHints.Kind.TITLE_SENTENCE);
        assertThat(kinds(check("NY TURNUS", "Kort.", ""))).contains(WritingHints.Kind.TITLE_CAPITALS);
        assertThat(kinds(check("Ny turnus fra mars", "Turnusen blir enklere.", "Les mer på [turnussiden](/units/HO).")))
                .as("a good short item has nothing to mend").isEmpty();
    }

    @Test
    void whatAScreenReaderMissesIsNamed() {
        WritingHints.Result result = check("Ny turnus", "Kort ingress.", """
                ## Hva endres

                #### Detaljer

                ![IMG_2041.jpg](/files/1) ![](/files/2) ![Plan for vaktene i uke 12](/files/3)

                Les [her](/units/HO) eller på https://kommune.no/turnus og [https://kommune.no](https://kommune.no).
                """);
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.HEADING_SKIPS)
                .singleElement().satisfies(hint -> assertThat(hint.arguments()).containsExactly("Detaljer"));
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.IMAGE_TEXT)
                .extracting(hint -> hint.arguments().get(0)).containsExactly("IMG_2041.jpg", "–");
        assertThat(result.hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.LINK_TEXT)
                .extracting(hint -> hint.arguments().get(0)).containsExactly("her", "https://kommune.no");
        assertThat(result.accessibilityHints()).isEqualTo(5);
    }

    @Test
    void aTableWithoutWordsInItsHeaderRowIsNamedAndItsCellsAreNotMeasuredAsSentences() {
        WritingHints.Result blank = check("Vaktliste", "Kort ingress.", """
                |   |   |
                |---|---|
                | Mandag | Kari |
                | Tirsdag | Ola |
                """);
        assertThat(kinds(blank)).contains(WritingHints.Kind.TABLE_HEADER);
        assertThat(blank.accessibilityHints()).isEqualTo(1);
        WritingHints.Result named = check("Vaktliste", "Kort ingress.", """
                | Dag | Vakt |
                |---|---|
                | Mandag | Kari |
                """);
        assertThat(kinds(named)).doesNotContain(WritingHints.Kind.TABLE_HEADER);
        assertThat(named.lix()).as("a table is not prose").isNull();
    }

    @Test
    void nynorskAndSwedishHaveTheirOwnWordLists() {
        assertThat(hints.check("", "", "Vi skriv vedkomande turnusen.", "nn", WritingHints.Limits.DEFAULT).hints())
                .filteredOn(hint -> hint.kind() == WritingHints.Kind.PLAINER_WORD)
                .extracting(hint -> hint.arguments().get(1)).containsExactly("om");
        assertThat(hints.check("", "", "Ni erhåller beskedet samt schemat.", "sv", WritingHints.Limits.DEFAULT)
                .hints()).filteredOn(hint -> hint.kind() == WritingHints.Kind.PLAINER_WORD)
                .extracting(hint -> hint.arguments().get(0)).as("a stem takes its endings")
                .containsExactly("erhåller", "samt");
        assertThat(hints.wordList("sv")).containsEntry("erhåll*", "få");
        assertThat(WritingHints.found("vi benyttes her", "benytt*")).isEqualTo("benyttes");
        assertThat(WritingHints.found("vi ubenyttes her", "benytt*")).isNull();
    }
}
