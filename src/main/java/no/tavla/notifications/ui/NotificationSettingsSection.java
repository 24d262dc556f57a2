package no.tavla.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.notifications.MailSetup;
import no.tavla.notifications.NotificationPreferences;
import no.tavla.shared.ui.ProfileSection;

/** "Varsler" on the profile page: whether important and must-read items come by e-mail at once. */
@org.springframework.stereotype.Component
class NotificationSettingsSection implements ProfileSection {

    private final NotificationPreferences preferences;
    private final MailSetup mail;

    NotificationSettingsSection(NotificationPreferences preferences, MailSetup mail) {
        this.preferences = preferences;
        this.mail = mail;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        Checkbox atOnce = new Checkbox(ui.getTranslation("notifications.email-at-once"),
                preferences.emailAtOnceForMe());
        atOnce.addClassName("tavla-notifications-email");
        atOnce.setHelperText(ui.getTranslation("notifications.email-at-once.help"));
        Paragraph result = new Paragraph();
        result.addClassName("tavla-notifications-result");
        result.getElement().setAttribute("role", "status");
        atOnce.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                preferences.setEmailAtOnceForMe(event.getValue());
                result.setText(ui.getTranslation(event.getValue() ? "notifications.saved.on"
                        : "notifications.saved.off"));
            }
        });
        Div section = new Div(new H2(ui.getTranslation("notifications.heading")), atOnce, result);
        if (!mail.isOn()) {
            atOnce.setEnabled(false);
            section.add(new Paragraph(ui.getTranslation("notifications.email-off")));
        }
        section.addClassName("tavla-section");
        return section;
    }

    @Override
    public int order() {
        return 10;
    }
}
