package no.tavla.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import no.tavla.shared.Language;
import no.tavla.organisation.UnitContact;
import no.tavla.organisation.UnitAdministration;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitType;
import no.tavla.shared.ui.MarkdownView;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The unit pages of the demo municipality, for an employee, the unit's manager and a manager of another unit. */
class UnitViewIT extends KaribuViewTest {

    @Autowired
    UnitPages pages;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    UnitAdministration administration;

    @Test
    void anEmployeeBrowsesTheTreeToTheirUnitAndSeesWhoDoesWhat() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("units");
        assertThat(_get(H1.class).getText()).isEqualTo("Enheter");
        RouterLink homeCare = _find(RouterLink.class).stream().filter(l -> l.getText().equals("Hjemmetjenesten"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(homeCare.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Hjemmetjenesten");
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Helse og omsorg").contains("Kari Nordmann")
                .contains("Dagvakt sone nord").contains("Per Lie").contains("hjemmetjenesten@demo.kommune.no");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-edit-unit"));
    }

    @Test
    void aPersonsTitleAndHowToReachThemAreKeptApart() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("units/OK-SOL");
        com.vaadin.flow.component.html.ListItem ola = _find(com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().contains("Ola Hansen")).findFirst().orElseThrow();
        com.vaadin.flow.component.html.Div contact = _get(ola, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-person-contact"));
        assertThat(contact.getElement().getTextRecursively()).startsWith("ola.hansen@").contains(" · ");
        assertThat(ola.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor).count())
                .as("no address straight after the title").isZero();
    }

    @Test
    void theUnitsManagerEditsTheDescriptionAndContactDetails() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units/HO-HJT");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-edit-unit")));
        _setValue(_get(TextArea.class), "Vi gir **helsehjelp** i hjemmet, hele døgnet.\n\n- Natt\n- Dag");
        assertThat(_get(MarkdownView.class, spec -> spec.withClasses("tavla-prose")).getElement()
                .getProperty("innerHTML")).as("the live preview").contains("<strong>helsehjelp</strong>");
        _setValue(_get(EmailField.class), "hjemmetjenesten@demo.kommune.no");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-save-unit")));
        assertThat(PageText.of(UI.getCurrent())).contains("Vi gir helsehjelp i hjemmet, hele døgnet.");
        assertThat(_get(MarkdownView.class).getElement().getProperty("innerHTML"))
                .contains("<strong>helsehjelp</strong>", "<li>Natt</li>");
    }

    @Test
    void theUnitsManagerSetsTheLanguageItsNoticesArePrintedIn() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units/HO-HJT");
        long unit = pages.page("HO-HJT").orElseThrow().id();
        assertThat(pages.printLanguage(unit)).as("Bokmål until chosen").isEqualTo(Language.BOKMAAL);
        try {
            _click(_get(Button.class, spec -> spec.withClasses("tavla-edit-unit")));
            @SuppressWarnings("unchecked")
            Select<Language> language = _get(Select.class, spec -> spec.withClasses("tavla-unit-print-language"));
            assertThat(language.getValue()).isEqualTo(Language.BOKMAAL);
            assertThat(language.getItemLabelGenerator().apply(Language.NYNORSK)).isEqualTo("Norsk nynorsk");
            _setValue(language, Language.NYNORSK);
            _click(_get(Button.class, spec -> spec.withClasses("tavla-save-unit")));
            assertThat(pages.printLanguage(unit)).isEqualTo(Language.NYNORSK);
            assertThat(pages.page("HO-HJT").orElseThrow().printLanguage()).isEqualTo(Language.NYNORSK);
            assertThatThrownBy(() -> pages.edit(unit, "", new UnitContact("", "", ""), null))
                    .as("no language is refused, not stored as none").isInstanceOf(no.tavla.shared.Refusal.class);
        } finally {
            jdbc.update("UPDATE unit SET print_language = NULL WHERE id = ?", unit);
        }
    }

    @Test
    void aBadEmailIsExplainedAndNothingIsSaved() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units/HO-HJT");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-edit-unit")));
        _setValue(_get(EmailField.class), "ikke en adresse");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-save-unit")));
        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).as("the refusal is on the field it concerns").isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("E-postadressen er ikke gyldig. Rett den, eller la feltet stå tomt.");
        assertThat(pages.page("HO-HJT").orElseThrow().contact().email()).isEqualTo("hjemmetjenesten@demo.kommune.no");
    }

    @Test
    void aManagerCannotEditAnotherUnitNeitherInTheViewNorThroughTheService() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units/OK-SOL");
        assertThat(_get(H1.class).getText()).isEqualTo("Solberg skole");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-edit-unit"));
        long school = pages.page("OK-SOL").orElseThrow().id();
        assertThatThrownBy(() -> pages.edit(school, "Overtatt", new UnitContact("", "", ""), Language.BOKMAAL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEditorOfAUnitMayEditItsSubUnits() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003");
        UI.getCurrent().navigate("units/OK-SOL-SFO");
        _assertOne(Button.class, spec -> spec.withClasses("tavla-edit-unit"));
        assertThat(PageText.of(UI.getCurrent())).contains("Oppvekst og kultur").contains("Solberg skole");
    }

    @Test
    void anAdministratorArchivesAndRestoresAUnitFromItsPage() {
        signInAsAdmin();
        UI.getCurrent().navigate("units/TE-PLB-KP");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-unit-status")));
        assertThat(PageText.of(UI.getCurrent())).contains("Enheten er arkivert.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-unit-status")));
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Enheten er arkivert.");
    }

    @Test
    void onlyAdministratorsSeeTheUnitAdministration() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units/HO-HJT");
        _assertNone(UnitAdministrationPanel.class);
        signInAsAdmin();
        UI.getCurrent().navigate("units/HO-HJT");
        _assertOne(UnitAdministrationPanel.class);
    }

    @Test
    void anAnonymousVisitorCannotOpenAUnitPage() {
        UI.getCurrent().navigate("units/HO-HJT");
        _assertNone(UnitView.class);
        assertThatThrownBy(() -> pages.page("HO-HJT")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorCreatesAUnitInTheTreeAndLandsOnItsPage() {
        String code = "NY-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        signInAsAdmin();
        UI.getCurrent().navigate("units");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-new-unit")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("tavla-new-unit-code")), code);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-create-unit")));
        assertThat(PageText.of(UI.getCurrent())).contains("Skriv et navn på enheten.");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("tavla-new-unit-name")), "Nærmiljøsenteret");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-create-unit")));
        assertThat(_get(H1.class).getText()).isEqualTo("Nærmiljøsenteret");
        assertThat(PageText.of(UI.getCurrent())).contains(code);
    }

    @Test
    void anAdministratorRenamesAUnitOnItsPage() {
        signInAsAdmin();
        String code = "RN-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        administration.create(code, "Gammelt navn", UnitType.UNIT, null);
        UI.getCurrent().navigate("units/" + code);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("tavla-unit-name")), "Nytt navn");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-unit-rename")));
        assertThat(_get(H1.class).getText()).isEqualTo("Nytt navn");
    }

    @Test
    void onlyAdministratorsMayCreateUnits() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004");
        UI.getCurrent().navigate("units");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-new-unit"));
        assertThatThrownBy(() -> administration.create("X-" + java.util.UUID.randomUUID().toString().substring(0, 6),
                "X", UnitType.UNIT, null)).isInstanceOf(AccessDeniedException.class);
    }
}
