package no.tavla.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import no.tavla.notifications.Choices;
import no.tavla.notifications.Digest;
import no.tavla.notifications.MailSetup;
import no.tavla.notifications.NotificationPreferences;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.ProfileSection;

/**
 * "Varsler" on the profile page: important and must-read items by e-mail at once or not, how often the digest of the
 * rest comes, and quiet hours. Saved with one button; a refusal shows on its field.
 */
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
        Choices mine = preferences.mine();
        ChoiceFields fields = new ChoiceFields(ui, mine);
        Checkbox atOnce = fields.atOnce;
        RadioButtonGroup<Digest> digest = fields.digest;
        TimePicker from = fields.from;
        TimePicker to = fields.to;
        Div quiet = fields.quiet;
        Paragraph quietHelp = new Paragraph(ui.getTranslation("notifications.quiet.help"));
        Checkbox sms = fields.sms;
        TextField number = Forms.textField(ui.getTranslation("notifications.sms-number"),
                mine.smsNumber() == null ? "" : mine.smsNumber(), 40);
        number.addClassName("tavla-notifications-sms-number");
        number.setHelperText(ui.getTranslation("notifications.sms-number.help", preferences.hrMobileOfMe()
                .orElse(ui.getTranslation("notifications.sms-number.none"))));
        Paragraph result = new Paragraph();
        result.addClassName("tavla-notifications-result");
        result.getElement().setAttribute("role", "status");
        FieldProblems problems = new FieldProblems(result).field("notifications.quiet", from)
                .field("notifications.sms-number", number);
        Button save = new Button(ui.getTranslation("notifications.save"), event -> {
            try {
                preferences.saveMine(atOnce.getValue(), digest.getValue(), from.getValue(), to.getValue(),
                        sms.getValue(), number.getValue());
                problems.say(ui.getTranslation("notifications.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addClassName("tavla-notifications-save");
        Div section = new Div(new H2(ui.getTranslation("notifications.heading")));
        if (!mail.isOn()) {
            section.add(new Paragraph(ui.getTranslation("notifications.email-off")));
        }
        section.add(atOnce, digest, sms, number, new H3(ui.getTranslation("notifications.quiet")), quiet, quietHelp,
                save, result);
        section.addClassName("tavla-section");
        return section;
    }

    @Override
    public int order() {
        return 10;
    }
}
