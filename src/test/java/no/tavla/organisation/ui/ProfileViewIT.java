package no.tavla.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import no.tavla.notifications.Digest;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Everyone's own profile: what HR says, and the who-does-what they keep themselves. */
class ProfileViewIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmployeeKeepsTheirResponsibilitiesAndSeesThemOnTheUnitPage() {
        signInAsDemoPerson("demo-jonas", "Jonas Berg", "10002");
        String before = jdbc.queryForObject("SELECT responsibilities FROM person WHERE employee_number = '10002'",
                String.class);
        try {
            UI.getCurrent().navigate("profile");
            assertThat(PageText.of(UI.getCurrent())).contains("Min profil", "Jonas Berg", "10002");
            _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-profile-phone")), "ring meg");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-profile-save")));
            assertThat(PageText.of(UI.getCurrent()))
                    .contains("Telefonnummeret kan bare ha sifre, mellomrom, +, - og parenteser.");
            _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-profile-phone")), "+47 400 00 002");
            _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-profile-responsibilities")),
                    "Førstehjelp og brannvern");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-profile-save")));
            assertThat(PageText.of(UI.getCurrent())).contains("Lagret.");
            String unit = jdbc.queryForObject("SELECT u.code FROM person p JOIN unit u ON u.id = p.primary_unit_id"
                    + " WHERE p.employee_number = '10002'", String.class);
            UI.getCurrent().navigate("units/" + unit);
            assertThat(PageText.of(UI.getCurrent())).contains("Førstehjelp og brannvern");
        } finally {
            jdbc.update("UPDATE person SET responsibilities = ? WHERE employee_number = '10002'", before);
        }
    }

    @Test
    void anEmployeeChoosesWhetherImportantItemsComeByEmailInTheirLanguage() {
        signInAsDemoPerson("demo-jonas", "Jonas Berg", "10002");
        long jonas = jdbc.queryForObject("SELECT id FROM person WHERE employee_number = '10002'", Long.class);
        try {
            UI.getCurrent().navigate("profile");
            Checkbox email = _get(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email"));
            assertThat(email.getLabel()).isEqualTo(
                    "Send meg viktige saker og lest-og-forstått-saker på e-post med en gang");
            assertThat(email.getValue()).as("the default").isTrue();
            _setValue(email, false);
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Digest> digest = _get(RadioButtonGroup.class,
                    spec -> spec.withClasses("tavla-notifications-digest"));
            assertThat(digest.getValue()).isEqualTo(Digest.DAILY);
            _setValue(digest, Digest.WEEKLY);
            _setValue(_get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-from")),
                    java.time.LocalTime.of(22, 0));
            _click(_get(Button.class, spec -> spec.withClasses("tavla-notifications-save")));
            TimePicker from = _get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-from"));
            assertThat(from.isInvalid()).as("an end is missing").isTrue();
            assertThat(from.getErrorMessage()).isEqualTo("Fyll inn både fra og til, eller la begge stå tomme.");
            _setValue(_get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-to")),
                    java.time.LocalTime.of(6, 0));
            _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-notifications-sms-number")), "1234");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-notifications-save")));
            TextField number = _get(TextField.class, spec -> spec.withClasses("tavla-notifications-sms-number"));
            assertThat(number.isInvalid()).isTrue();
            assertThat(number.getErrorMessage()).startsWith("Det er ikke et mobilnummer.");
            _setValue(number, "412 34 567");
            _click(_get(Button.class, spec -> spec.withClasses("tavla-notifications-save")));
            assertThat(PageText.of(UI.getCurrent())).contains("Lagret.");
            assertThat(jdbc.queryForObject("SELECT sms_number FROM notification_preference WHERE person_id = ?",
                    String.class, jonas)).isEqualTo("+4741234567");
            assertThat(jdbc.queryForMap("SELECT digest, quiet_from, quiet_to FROM notification_preference WHERE"
                    + " person_id = ?", jonas)).containsEntry("digest", "WEEKLY")
                    .containsEntry("quiet_from", java.sql.Time.valueOf("22:00:00"))
                    .containsEntry("quiet_to", java.sql.Time.valueOf("06:00:00"));
            assertThat(jdbc.queryForObject("SELECT email_at_once FROM notification_preference WHERE person_id = ?",
                    Boolean.class, jonas)).isFalse();
            UI.getCurrent().navigate("units");
            UI.getCurrent().navigate("profile");
            assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email")).getValue())
                    .isFalse();
            UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
            UI.getCurrent().navigate("units");
            UI.getCurrent().navigate("profile");
            assertThat(PageText.of(UI.getCurrent())).contains("Notifications");
            assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email")).getLabel())
                    .isEqualTo("E-mail me important and read-and-understood items at once");
        } finally {
            jdbc.update("DELETE FROM notification_preference WHERE person_id = ?", jonas);
        }
    }

    @Test
    void someoneHrHasNotListedIsToldWhomToAsk() {
        signInAs("not-in-hr-" + java.util.UUID.randomUUID(), "Ukjent Person");
        UI.getCurrent().navigate("profile");
        assertThat(PageText.of(UI.getCurrent())).contains("Du er ikke registrert som person i Tavla ennå.");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-profile-save"));
        _assertNone(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email"));
    }

    @Test
    void anAnonymousVisitorCannotOpenTheProfile() {
        UI.getCurrent().navigate("profile");
        _assertNone(ProfileView.class);
    }
}
