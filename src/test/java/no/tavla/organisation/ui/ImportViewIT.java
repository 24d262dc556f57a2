package no.tavla.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.button.Button;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The import page: administrators only; problems in plain language; the demo files import cleanly. */
class ImportViewIT extends KaribuViewTest {

    private ImportView openAsAdmin() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/import");
        return _get(ImportView.class);
    }

    @Test
    void anAdministratorPreviewsAndImportsTheDemoFiles() throws IOException {
        ImportView view = openAsAdmin();
        view.received("units", new ClassPathResource("demo/units.csv").getContentAsByteArray());
        view.received("people", new ClassPathResource("demo/people.csv").getContentAsByteArray());
        view.preview();
        assertThat(PageText.of(UI.getCurrent())).contains("Klar til import")
                .contains("Filene har 16 enheter og 300 personer (120 uten arbeids-PC)");
        Button apply = _get(Button.class, spec -> spec.withClasses("tavla-import-apply"));
        assertThat(apply.isEnabled()).isTrue();
        _click(apply);
        assertThat(PageText.of(UI.getCurrent())).contains("Importerer");
        _assertOne(ProgressBar.class);
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for progress").isPositive();
        view.running().join();
        MockVaadin.clientRoundtrip(false);
        assertThat(PageText.of(UI.getCurrent())).contains("Importen er fullført");
        _assertNone(ProgressBar.class);
        assertThat(UI.getCurrent().getPollInterval()).as("and stops asking when done").isNegative();
    }

    @Test
    void theImportTouchesOnlyWhatTheFileHoldsUnlessTheAdministratorChoosesTheWholeMunicipality() {
        openAsAdmin();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<no.tavla.organisation.ImportMode> mode =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        assertThat(mode.getValue()).isEqualTo(no.tavla.organisation.ImportMode.PARTIAL);
    }

    @Test
    void aFullImportOfAFewPeopleAsksForTheNumberItDeactivatesBeforeItCanRun() {
        ImportView view = openAsAdmin();
        view.received("people", "Ansattnummer;Navn;Enhet\n10001;Kari Nordmann;HO-HJT\n10002;Jonas Berg;HO-HJT\n"
                .getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<no.tavla.organisation.ImportMode> mode =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        mode.setValue(no.tavla.organisation.ImportMode.FULL);
        view.preview();
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Importen vil deaktivere").contains("aktive personer");
        Button apply = _get(Button.class, spec -> spec.withClasses("tavla-import-apply"));
        com.vaadin.flow.component.checkbox.Checkbox confirm =
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withClasses("tavla-import-confirm"));
        assertThat(confirm.isVisible()).isTrue();
        assertThat(confirm.getLabel()).startsWith("Ja, deaktiver ").contains(" av ");
        assertThat(apply.isEnabled()).as("not before the number is confirmed").isFalse();
        confirm.setValue(true);
        assertThat(apply.isEnabled()).isTrue();
        confirm.setValue(false);
        assertThat(apply.isEnabled()).isFalse();
        mode.setValue(no.tavla.organisation.ImportMode.PARTIAL);
        view.preview();
        assertThat(confirm.isVisible()).isFalse();
        assertThat(apply.isEnabled()).as("only changes: nothing to confirm").isTrue();
    }

    @Test
    void problemsAreListedInPlainLanguageAndNothingCanBeImported() {
        ImportView view = openAsAdmin();
        view.received("people", ("Ansattnummer;Navn;Enhet\n1;Anne;FINNES-IKKE\n1;Berit;HO-HJT\n")
                .getBytes(StandardCharsets.UTF_8));
        view.preview();
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("2 ting må rettes").contains("Ingenting er importert")
                .contains("Personfila, linje 2: enheten «FINNES-IKKE» i kolonnen «Enhet» finnes verken i enhetsfila"
                        + " eller i Tavla")
                .contains("Personfila, linje 3: ansattnummeret «1» står også på linje 2");
        assertThat(_get(Button.class, spec -> spec.withClasses("tavla-import-apply")).isEnabled()).isFalse();
    }

    @Test
    void employeesEditorsAndManagersCannotOpenTheImport() {
        for (String[] person : new String[][] {{"demo-kari", "Kari Nordmann", "10001"},
                {"demo-ola", "Ola Hansen", "10003"}, {"demo-per", "Per Lie", "10004"}}) {
            signInAsDemoPerson(person[0], person[1], person[2]);
            UI.getCurrent().navigate("admin/import");
            _assertNone(ImportView.class);
        }
    }

    @Test
    void communicationsCannotOpenTheImportEither() {
        signInAs("demo-ingrid", "Ingrid Solheim", "COMMUNICATIONS");
        UI.getCurrent().navigate("admin/import");
        _assertNone(ImportView.class);
        _assertOne(no.tavla.shared.ui.MainLayout.class);
    }
}
