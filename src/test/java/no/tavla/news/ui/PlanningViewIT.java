package no.tavla.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import no.tavla.news.writing.PublishingSettings;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Communications' planning: the timeline with crowded mornings, the breaches, and who may change the lead time. */
class PlanningViewIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublishingSettings settings;
    @Autowired
    no.tavla.news.writing.WordLists words;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private void scheduled(String title, Instant at) {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, '', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED', ?, p.id, NOW(6), NOW(6), 0"
                + " FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number = '10005'", title,
                Timestamp.from(at));
    }

    @Test
    void communicationsSeeTheComingReleasesWithCrowdedMorningsFlagged() {
        Instant morning = Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        scheduled("Første " + tag, morning);
        scheduled("Andre " + tag, morning.plus(Duration.ofMinutes(30)));
        scheduled("Tredje " + tag, morning.plus(Duration.ofMinutes(45)));
        scheduled("Ensom " + tag, morning.plus(Duration.ofDays(3)));
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
        UI.getCurrent().navigate("planning");
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Første " + tag, "Andre " + tag, "Tredje " + tag, "Ensom " + tag)
                .contains("Travelt: flere saker til hele kommunen samtidig")
                .contains("Klart språk i sakene som gikk ut, per uke", "LIX (median)", "Tilgjengelighetsråd");
        String lonely = text.substring(text.indexOf("Ensom " + tag));
        assertThat(lonely.substring(0, Math.min(lonely.length(), 80))).doesNotContain("Travelt");

        int before = (int) settings.leadTime().toMinutes();
        _setValue(_get(IntegerField.class, spec -> spec.withClasses("tavla-lead-time")), before - 30);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-lead-time-save")));
        assertThat(PageText.of(UI.getCurrent())).contains("Bare administrator kan senke ledetiden.");
        assertThat(settings.leadTime().toMinutes()).isEqualTo(before);
    }

    @Test
    void editorsAndEmployeesDoNotPlan() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
        UI.getCurrent().navigate("planning");
        _assertNone(PlanningView.class);
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("planning");
        _assertNone(PlanningView.class);
    }

    /** The checklist's questions on the write page, as its tick boxes say them. */
    private static java.util.List<String> questions() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withClasses("tavla-news-checklist-question")).stream()
                .map(com.vaadin.flow.component.checkbox.Checkbox::getLabel).toList();
    }

    @Test
    void communicationsWriteOrSwitchOffTheChecklistWritersSeeBeforeTheyFirstSend() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
        UI.getCurrent().navigate("write");
        assertThat(PageText.of(_get(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withClasses("tavla-news-checklist")))).contains("Før du sender: sjekkliste");
        assertThat(questions()).containsExactly("Hva er budskapet?", "Hvem er saken for?",
                "Er innholdet enkelt å forstå for målgruppen?", "Hva skal leseren gjøre etterpå?");
        try {
            UI.getCurrent().navigate("planning");
            com.vaadin.flow.component.textfield.TextArea questions = _get(
                    com.vaadin.flow.component.textfield.TextArea.class,
                    spec -> spec.withClasses("tavla-checklist-questions"));
            _setValue(questions, "Hva er saken?\n" + "x".repeat(201));
            _click(_get(Button.class, spec -> spec.withClasses("tavla-checklist-save")));
            assertThat(questions.getErrorMessage()).isEqualTo("Et spørsmål kan være høyst 200 tegn.");
            _setValue(questions, "Hva er saken?\nHvem må vite det først?");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-checklist-save")));
            UI.getCurrent().navigate("write");
            assertThat(questions()).containsExactly("Hva er saken?", "Hvem må vite det først?");

            UI.getCurrent().navigate("planning");
            _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                    spec -> spec.withClasses("tavla-checklist-on")), false);
            _click(_get(Button.class, spec -> spec.withClasses("tavla-checklist-save")));
            UI.getCurrent().navigate("write");
            _assertNone(com.vaadin.flow.component.details.Details.class,
                    spec -> spec.withClasses("tavla-news-checklist"));
        } finally {
            settings.setChecklist(true, java.util.List.of());
        }
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("write");
        assertThat(questions()).as("the default, in the reader's language").contains("What is the message?",
                "What should the reader do afterwards?");
    }

    @Test
    void communicationsWriteTheWordListTheWritingHintsOfferPlainerWordsFrom() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
        try {
            UI.getCurrent().navigate("planning");
            com.vaadin.flow.component.textfield.TextArea list = _get(com.vaadin.flow.component.textfield.TextArea.class,
                    spec -> spec.withClasses("tavla-words-list"));
            assertThat(list.getValue()).as("Tavla's default to begin with").contains("vedrørende=om");
            _setValue(list, list.getValue() + "\nbare et ord");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-words-save")));
            assertThat(list.getErrorMessage()).matches("Linje \\d+ må være ord=alternativ\\.");
            _setValue(list, "bistå*=hjelpe");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-words-save")));
            assertThat(list.getValue()).isEqualTo("bistå*=hjelpe");
            UI.getCurrent().navigate("write");
            _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                    spec -> spec.withClasses("tavla-markdown-text")), "Vi bistår dere vedrørende turnusen.");
            assertThat(PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                    spec -> spec.withClasses("tavla-writing-hints")))).contains("Skriv «hjelpe» i stedet for «bistår».")
                    .as("the own list replaces the default").doesNotContain("vedrørende");
        } finally {
            words.save("nb", "");
        }
        UI.getCurrent().navigate("planning");
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withClasses("tavla-words-list"))
                .getValue()).contains("vedrørende=om");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWordListOpensInThePagesLanguageAndSaysWhichLanguageItsWordsAreIn() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
        UI.getCurrent().setLocale(no.tavla.shared.Language.NYNORSK.locale());
        UI.getCurrent().navigate("planning");
        com.vaadin.flow.component.textfield.TextArea list = _get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withClasses("tavla-words-list"));
        assertThat(((com.vaadin.flow.component.select.Select<String>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withClasses("tavla-words-language"))).getValue()).isEqualTo("nn");
        assertThat(list.getValue()).isEqualTo(words.text("nn"));
        assertThat(list.getElement().getAttribute("lang")).isEqualTo("nn");
        _setValue((com.vaadin.flow.component.select.Select<String>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withClasses("tavla-words-language")), "sv");
        assertThat(list.getValue()).isEqualTo(words.text("sv"));
        assertThat(list.getElement().getAttribute("lang")).isEqualTo("sv");

        UI.getCurrent().setLocale(no.tavla.shared.Language.ENGLISH.locale());
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("planning");
        assertThat(((com.vaadin.flow.component.select.Select<String>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withClasses("tavla-words-language"))).getValue())
                .as("English has no officialese list: Bokmål's").isEqualTo("nb");
    }
}
