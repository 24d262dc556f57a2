package no.tavla.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.notifications.NotificationDefaults;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.SystemSection;

/**
 * "Varsler: standardvalg" on the system page: the choices of everyone who has made none of their own. Saved with one
 * button; a refusal shows on its field; the page says who changed them last.
 */
@org.springframework.stereotype.Component
class DefaultsSection implements SystemSection {

    private final NotificationDefaults defaults;

    DefaultsSection(NotificationDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        ChoiceFields fields = new ChoiceFields(ui, defaults.current());
        Paragraph changed = new Paragraph();
        changed.addClassName("tavla-defaults-changed");
        Runnable showChanged = () -> changed.setText(defaults.changed()
                .map(c -> ui.getTranslation("notifications.defaults.changed", c.by(),
                        TavlaTime.dateTime(c.at(), ui.getLocale())))
                .orElse(ui.getTranslation("notifications.defaults.unchanged")));
        showChanged.run();
        Paragraph result = new Paragraph();
        result.addClassName("tavla-defaults-result");
        result.getElement().setAttribute("role", "status");
        FieldProblems problems = new FieldProblems(result).field("notifications.quiet", fields.from);
        Button save = new Button(ui.getTranslation("notifications.defaults.save"), event -> {
            try {
                defaults.save(fields.atOnce.getValue(), fields.digest.getValue(), fields.from.getValue(),
                        fields.to.getValue(), fields.sms.getValue());
                showChanged.run();
                problems.say(ui.getTranslation("notifications.defaults.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addClassName("tavla-defaults-save");
        Div section = new Div(new H2(ui.getTranslation("notifications.defaults.heading")),
                new Paragraph(ui.getTranslation("notifications.defaults.help")), fields.atOnce, fields.digest,
                fields.sms, new H3(ui.getTranslation("notifications.quiet")), fields.quiet, save, result, changed);
        section.addClassNames("tavla-section", "tavla-notification-defaults");
        return section;
    }

    @Override
    public int order() {
        return 10;
    }
}
