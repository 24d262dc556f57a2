package no.tavla.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import no.tavla.notifications.Digest;
import no.tavla.notifications.NotificationDefaults;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrators' notification defaults on the system page, in both languages: saved with who did it, a half
 * quiet-hours refused on its field, and nobody else sees the section (the page is the administrators').
 */
class DefaultsViewIT extends KaribuViewTest {

    @Autowired
    NotificationDefaults defaults;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tavlasOwnDefaultsAgain() {
        jdbc.update("UPDATE notification_default SET email_at_once = TRUE, digest = 'DAILY', quiet_from = NULL,"
                + " quiet_to = NULL, sms = TRUE, updated_at = NULL, updated_by = NULL WHERE id = 1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSetsTheDefaultsForThoseWhoChoseNothing() {
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "ADMIN");
        UI.getCurrent().navigate("system");
        assertThat(PageText.of(UI.getCurrent())).contains("Varsler: standardvalg")
                .contains("Tavlas egne standardvalg");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email")), false);
        _setValue((RadioButtonGroup<Digest>) _get(RadioButtonGroup.class,
                spec -> spec.withClasses("tavla-notifications-digest")), Digest.WEEKLY);
        _setValue(_get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-from")),
                java.time.LocalTime.of(22, 0));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-defaults-save")));
        assertThat(_get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-from")).isInvalid())
                .as("both ends of the quiet hours, or neither").isTrue();
        _setValue(_get(TimePicker.class, spec -> spec.withClasses("tavla-notifications-quiet-to")),
                java.time.LocalTime.of(6, 0));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-defaults-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-defaults-result")).getText())
                .isEqualTo("Standardvalgene er lagret.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-defaults-changed")).getText())
                .startsWith("Sist endret av Siri Dahl");
        assertThat(defaults.current().emailAtOnce()).isFalse();
        assertThat(defaults.current().digest()).isEqualTo(Digest.WEEKLY);
        assertThat(defaults.current().quiet().from()).isEqualTo(java.time.LocalTime.of(22, 0));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("system");
        assertThat(PageText.of(UI.getCurrent())).contains("Notifications: defaults").contains("Last changed by");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-notifications-email")).getValue()).isFalse();
    }

    @Test
    void anEmployeeHasNoSuchSection() {
        signInAsEmployee();
        UI.getCurrent().navigate("system");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-defaults-save"));
    }
}
