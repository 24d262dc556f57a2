package no.tavla.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plans' pages in the demo municipality: Ingrid Solheim (communications) plans a case from the list, fills in the
 * goal and key messages, adds an intranet measure and makes its draft, whose write page says which plan it is part
 * of; Kari Nordmann (an employee) and Per Lie (a manager) cannot open them; in English too.
 */
class PlanViewsIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void communicationsPlanACaseAndItsIntranetMeasureBecomesADraftThatSaysItsPlan() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).contains("Kommunikasjonsplaner", "Ny plan");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plans-create")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-plans-new-name")).getErrorMessage())
                .isEqualTo("Skriv hva saken heter.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plans-new-name")), "Ny turnus " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plans-create")));

        assertThat(_get(PlanView.class)).isNotNull();
        assertThat(PageText.of(UI.getCurrent())).contains("Ny turnus " + tag, "Utkast", "Ingen tiltak ennå.");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-goal")), "Alle kjenner turnusen.");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-key-messages")), "Turnusen blir enklere.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-save")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-move")));
        assertThat(PageText.of(UI.getCurrent())).contains("Aktiv");

        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-add")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-plan-measure-new-title")).getErrorMessage())
                .isEqualTo("Skriv hva tiltaket er.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plan-measure-new-title")),
                "Sak om ny turnus " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-add")));
        assertThat(PageText.of(UI.getCurrent())).contains("Direkte til målgruppene", "Sak om ny turnus " + tag,
                "Sak i Tavla", "ansvarlig: Ingrid Solheim", "planlagt");

        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-draft")));
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Del av kommunikasjonsplanen: Ny turnus " + tag);
        assertThat(_get(Anchor.class, spec -> spec.withText("Ny turnus " + tag))
                .getHref()).startsWith("plans/");
        assertThat(jdbc.queryForObject("SELECT body FROM news_item WHERE title = ?", String.class,
                "Sak om ny turnus " + tag)).isEqualTo("Turnusen blir enklere.");
    }

    @Test
    void employeesAndManagersCannotOpenThePlansAndThePageSpeaksEnglish() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Ny plan");
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Ny plan");

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).contains("Communication plans", "New plan", "Make the plan");
        UI.getCurrent().navigate("plans/999999999");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Measures");
    }
}
