package no.tavla.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import no.tavla.notifications.Choices;
import no.tavla.notifications.Digest;
import no.tavla.shared.ui.Forms;

/** The fields of a set of choices, as the profile page and the administrators' defaults both show them. */
final class ChoiceFields {

    final Checkbox atOnce;
    final RadioButtonGroup<Digest> digest;
    final TimePicker from;
    final TimePicker to;
    final Div quiet;
    final Checkbox sms;

    ChoiceFields(UI ui, Choices choices) {
        atOnce = new Checkbox(ui.getTranslation("notifications.email-at-once"), choices.emailAtOnce());
        atOnce.addClassName("tavla-notifications-email");
        atOnce.setHelperText(ui.getTranslation("notifications.email-at-once.help"));
        digest = new RadioButtonGroup<>(ui.getTranslation("notifications.digest"));
        digest.setItems(Digest.values());
        digest.setItemLabelGenerator(choice -> ui.getTranslation("notifications.digest." + choice.name()));
        digest.setValue(choices.digest());
        digest.addClassName("tavla-notifications-digest");
        from = time(ui, "notifications.quiet.from", choices.quiet().from());
        from.addClassName("tavla-notifications-quiet-from");
        to = time(ui, "notifications.quiet.to", choices.quiet().to());
        to.addClassName("tavla-notifications-quiet-to");
        quiet = new Div(from, to);
        quiet.addClassName("tavla-notifications-quiet");
        sms = new Checkbox(ui.getTranslation("notifications.sms"), choices.sms());
        sms.addClassName("tavla-notifications-sms");
        sms.setHelperText(ui.getTranslation("notifications.sms.help"));
    }

    private static TimePicker time(UI ui, String label, java.time.LocalTime value) {
        TimePicker picker = Forms.translated(new TimePicker(ui.getTranslation(label)));
        picker.setStep(java.time.Duration.ofMinutes(30));
        picker.setClearButtonVisible(true);
        picker.setValue(value);
        return picker;
    }
}
