package no.tavla.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
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
    @Autowired
    no.tavla.news.writing.Announcements announcements;
    @Autowired
    no.tavla.plans.Plans plans;

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
        assertThat(PageText.of(UI.getCurrent())).contains("Ny turnus " + tag, "Utkast", "Ingen tiltak ennå.",
                "Skriv ut planen (PDF)", "Tiltakene som CSV", "Budsjettet som CSV");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("tavla-plan-pdf")).getHref()).isNotBlank();
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-goal")), "Alle kjenner turnusen.");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-key-messages")), "Turnusen blir enklere.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-save")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-move")));
        assertThat(PageText.of(UI.getCurrent())).contains("Aktiv", "Evaluering");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-evaluation-worked")), "Møtene virket.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-evaluation-save")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-evaluation-worked")).getValue())
                .isEqualTo("Møtene virket.");

        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withClasses(
                "tavla-plan-measure-new-mine")).getHelperText()).as("the responsible person is reminded")
                .isEqualTo("Når planen er aktiv, får du en påminnelse i varslene og på e-post 24 timer før.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-add")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-plan-measure-new-title")).getErrorMessage())
                .isEqualTo("Skriv hva tiltaket er.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plan-measure-new-title")),
                "Sak om ny turnus " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-add")));
        assertThat(PageText.of(UI.getCurrent())).contains("Direkte til målgruppene", "Sak om ny turnus " + tag,
                "Sak i Tavla", "ansvarlig: Ingrid Solheim", "planlagt", "0 av 1 tiltak gled ut.");

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

    @Test
    void aPlanFromTheTemplateHasItsTargetGroupsToAnswerAndABudgetWithATotal() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("plans");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plans-new-name")), "Omorganisering " + tag);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> groups = _get(CheckboxGroup.class, spec -> spec.withClasses("tavla-plans-new-targets"));
        _setValue(groups, java.util.Set.of("Ansatte uten PC", "Tillitsvalgte og verneombud"));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plans-create")));

        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Målgrupper", "Ansatte uten PC", "Tillitsvalgte og verneombud",
                "Budsjett for tiltakene", "Ingen budsjettposter ennå.");
        TextArea know = _find(TextArea.class, spec -> spec.withClasses("tavla-plan-target-answer")).get(1);
        assertThat(know.getLabel()).isEqualTo("Hva må de vite?");
        _setValue(know, "At vaktene endres fra mars.");
        _click(_find(Button.class, spec -> spec.withClasses("tavla-plan-target-save")).getFirst());
        assertThat(_find(TextArea.class, spec -> spec.withClasses("tavla-plan-target-answer")).get(1).getValue())
                .isEqualTo("At vaktene endres fra mars.");

        @SuppressWarnings("unchecked")
        ComboBox<String> measure = _get(ComboBox.class, spec -> spec.withClasses("tavla-plan-budget-new-measure"));
        measure.setValue("Plakater");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plan-budget-new-price")), "tolv");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-budget-add")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-plan-budget-new-price")).getErrorMessage())
                .isEqualTo("Skriv prisen som hele kroner, for eksempel 12 500.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-plan-budget-new-price")), "12 500");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-budget-add")));
        assertThat(PageText.of(UI.getCurrent())).contains("Plakater", "Sum");
        assertThat(jdbc.queryForObject("SELECT SUM(b.price) FROM plan_budget_row b JOIN plan p ON p.id = b.plan_id"
                + " WHERE p.name = ?", Long.class, "Omorganisering " + tag)).isEqualTo(12_500L);
    }

    @Test
    void communicationsOpenTheTemplateAndEditorsDoNot() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).contains("Ny plan").doesNotContain("Malen for planene", "Kanalenes effekt");
        UI.getCurrent().navigate("plans/template");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Malen for kommunikasjonsplaner");

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("plans");
        assertThat(PageText.of(UI.getCurrent())).contains("Malen for planene", "Kanalenes effekt på tvers av planene");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plans-effect-count")));
        assertThat(PageText.of(UI.getCurrent())).containsAnyOf("Gled ut", "Ingen aktive eller avsluttede planer");

        UI.getCurrent().navigate("plans/template");
        assertThat(_get(PlanTemplateView.class)).isNotNull();
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-template-questions")).getValue())
                .contains("Hva må de vite?");
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-template-groups")).getHelperText())
                .contains("Tavlas standard (Løtens mal)");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("plans/template");
        assertThat(PageText.of(UI.getCurrent())).contains("The template for communication plans");
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-plan-template-groups")).getValue())
                .contains("Staff without a PC");
    }

    @Test
    void theWritePageAsksForAPlanForAReorganisationAndCommunicationsMayWaiveIt() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        long item = announcements.create(no.tavla.news.ItemDraft.of("Ny organisering " + tag, "Ingress", "Tekst",
                unit, null, no.tavla.news.ItemKind.NORMAL, null, true, no.tavla.news.Audience.units(
                        new no.tavla.news.AudienceUnit(unit, true)), null, null, null));
        UI.getCurrent().navigate("write/" + item);
        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, spec -> spec.withClasses("tavla-news-change-kind"));
        assertThat(kind.getValue()).isEqualTo("NONE");
        _setValue(kind, "REORGANISATION");
        assertThat(PageText.of(UI.getCurrent())).contains("Denne saken trenger en kommunikasjonsplan");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-plan-waive-button")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-news-plan-waive-reason")).getErrorMessage())
                .isNotBlank();
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-plan-waive-reason")), "Haster " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-plan-waive-button")));
        assertThat(PageText.of(UI.getCurrent())).contains("Fritatt fra kommunikasjonsplan av Ingrid Solheim",
                "Haster " + tag).doesNotContain("Denne saken trenger en kommunikasjonsplan");

        long other = announcements.create(no.tavla.news.ItemDraft.of("Nye åpningstider " + tag, "Ingress", "Tekst",
                unit, null, no.tavla.news.ItemKind.NORMAL, null, true, no.tavla.news.Audience.units(
                        new no.tavla.news.AudienceUnit(unit, true)), null, null, null));
        announcements.markChange(other, no.tavla.news.ChangeKind.SERVICE_CHANGE);
        long plan = plans.create(new no.tavla.plans.PlanDraft(unit, "Åpningstider " + tag, null, null, null, null,
                null));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("write/" + other);
        assertThat(PageText.of(UI.getCurrent())).contains("This item needs a communication plan");
        @SuppressWarnings("unchecked")
        Select<no.tavla.news.ItemPlan.PlanLink> choose = _get(Select.class,
                spec -> spec.withClasses("tavla-news-plan-choose"));
        _setValue(choose, new no.tavla.news.ItemPlan.PlanLink(plan, "Åpningstider " + tag));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-plan-add")));
        assertThat(PageText.of(UI.getCurrent())).contains("Part of the communication plan: Åpningstider " + tag)
                .doesNotContain("This item needs a communication plan");
    }

    @Test
    void theEvaluationShowsHowFarTheItemsReachedAsATableAndAChart() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        long plan = plans.create(new no.tavla.plans.PlanDraft(unit, "Evaluert " + tag, null, null, null, null,
                "Vaktene blir enklere."));
        long measure = plans.addMeasure(plan, new no.tavla.plans.MeasureDraft("Sak om vakter " + tag,
                no.tavla.plans.MeasureChannel.INTRANET_ITEM, null, null, null, null));
        long item = plans.makeDraft(measure);
        announcements.publish(item);
        plans.setStatus(plan, no.tavla.plans.PlanStatus.ACTIVE);
        UI.getCurrent().navigate("plans/" + plan);
        assertThat(PageText.of(UI.getCurrent())).contains("Evaluering", "Sak om vakter " + tag, "0 av 1 tiltak",
                "Sendt på e-post", "Sendt på SMS");
        String svg = _get(com.vaadin.flow.component.Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "Nådd per sak i Tavla", "Sak om vakter " + tag + ": 0 %");

        plans.setStatus(plan, no.tavla.plans.PlanStatus.CLOSED);
        UI.getCurrent().navigate("plans");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plans-effect-count")));
        assertThat(PageText.of(UI.getCurrent())).contains("Gled ut");
        assertThat(_get(com.vaadin.flow.component.Svg.class).getElement().getProperty("innerHTML"))
                .contains("Nådd per målgruppe og kanal");
    }

    @Test
    void aStaffMeetingIsHandedToTheManagersThroughThePlansItem() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        long unit = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        long plan = plans.create(new no.tavla.plans.PlanDraft(unit, "Møteplan " + tag, null, null, null, null, null));
        no.tavla.plans.MeasureDraft meetingDraft = new no.tavla.plans.MeasureDraft("Personalmøte " + tag,
                no.tavla.plans.MeasureChannel.STAFF_MEETING, null, java.time.Instant.now().plus(
                java.time.Duration.ofDays(3)), null, null);
        plans.addMeasure(plan, meetingDraft);
        UI.getCurrent().navigate("plans/" + plan);
        assertThat(PageText.of(UI.getCurrent())).contains("Lag saken i Tavla først");
        long intranet = plans.addMeasure(plan, new no.tavla.plans.MeasureDraft("Sak om møtet " + tag,
                no.tavla.plans.MeasureChannel.INTRANET_ITEM, null, null, null, null));
        plans.makeDraft(intranet);
        UI.getCurrent().navigate("plans/" + plan);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-plan-measure-managers-ask")));
        assertThat(PageText.of(UI.getCurrent())).contains("går gjennom «Sak om møtet " + tag
                + "», lederne er bedt om å gjøre det");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-plan-measure-managers-ask"));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("plans/" + plan);
        assertThat(PageText.of(UI.getCurrent())).contains("goes through \"Sak om møtet " + tag
                + "\", the managers are asked to do it");
    }
}
