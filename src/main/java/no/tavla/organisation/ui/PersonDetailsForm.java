package no.tavla.organisation.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.PersonChanges;
import no.tavla.organisation.PersonDetails;
import no.tavla.organisation.PersonProfiles;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's details in the people administration: editable for administrators, read-only for managers and
 * communications. Name, e-mail and employee number come from HR and sign-in and are shown, not edited.
 */
class PersonDetailsForm extends Div {

    PersonDetailsForm(PersonDetails person, PersonProfiles profiles, List<UnitTreeEntry> units, boolean mayChange,
                      Runnable saved) {
        addClassName("tavla-person-details");
        add(new H3(getTranslation("person.details")));
        // the employee number is for administrators (decision 0011); others see name and e-mail
        Paragraph hr = new Paragraph(mayChange ? getTranslation("person.from-hr", person.name(),
                Objects.requireNonNullElse(person.employeeNumber(), "–"), Objects.requireNonNullElse(person.email(), "–"))
                : getTranslation("person.from-hr.no-number", person.name(),
                Objects.requireNonNullElse(person.email(), "–")));
        add(hr);
        TextField title = Forms.textField(getTranslation("people.title"), person.title(), PersonProfiles.MAX_TITLE);
        ComboBox<UnitTreeEntry> primary = new ComboBox<>(getTranslation("person.primary-unit"));
        primary.setItems(units);
        primary.setItemLabelGenerator(UnitTreeEntry::name);
        units.stream().filter(u -> Objects.equals(u.id(), person.primaryUnitId())).findFirst()
                .ifPresent(primary::setValue);
        primary.addClassName("tavla-person-unit");
        MultiSelectComboBox<UnitTreeEntry> others = Forms.translated(
                new MultiSelectComboBox<>(getTranslation("person.other-units")));
        others.setItems(units);
        others.setItemLabelGenerator(UnitTreeEntry::name);
        others.setValue(units.stream().filter(u -> person.otherUnitIds().contains(u.id())).toList());
        TextField phone = Forms.textField(getTranslation("person.phone"), person.phone(), PersonProfiles.MAX_PHONE);
        TextArea responsibilities = Forms.textArea(getTranslation("person.responsibilities"),
                person.responsibilities(), PersonProfiles.MAX_RESPONSIBILITIES);
        responsibilities.addClassName("tavla-person-responsibilities-field");
        TextField tags = Forms.textField(getTranslation("person.tags"), person.tags(), PersonProfiles.MAX_TAGS);
        tags.setHelperText(getTranslation("person.tags.help"));
        Checkbox computer = new Checkbox(getTranslation("person.has-computer"),
                Boolean.TRUE.equals(person.hasWorkComputer()));
        computer.addClassName("tavla-person-computer");
        // not the reader's staff: whether they have a PC is not theirs to know (decision 0011)
        computer.setVisible(person.hasWorkComputer() != null);
        Checkbox active = new Checkbox(getTranslation("person.active"), person.active());
        Paragraph problem = Forms.problemLine();
        add(title, primary, others, phone, responsibilities, tags, computer, active);
        if (!mayChange) {
            title.setReadOnly(true);
            primary.setReadOnly(true);
            others.setReadOnly(true);
            phone.setReadOnly(true);
            responsibilities.setReadOnly(true);
            tags.setReadOnly(true);
            computer.setReadOnly(true);
            active.setReadOnly(true);
            return;
        }
        add(new Paragraph(getTranslation("person.hr-overwrites")));
        FieldProblems problems = new FieldProblems(problem).field("person.unit", primary).field("person.units", others)
                .field("person.phone", phone).field("person.leave", active).field("person.title", title)
                .field("person.responsibilities", responsibilities).field("person.tags", tags);
        Button save = new Button(getTranslation("person.save"), e -> {
            try {
                profiles.update(person.id(), new PersonChanges(title.getValue(),
                        primary.getValue() == null ? null : primary.getValue().id(),
                        others.getValue().stream().map(UnitTreeEntry::id).toList(), phone.getValue(),
                        responsibilities.getValue(), tags.getValue(), computer.getValue(), active.getValue()));
                problems.say(getTranslation("person.saved"));
                saved.run();
            } catch (Refusal refusal) {
                problems.show(refusal);
            } catch (AccessDeniedException denied) {
                problems.say(getTranslation("roles.only-admin"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-person-save");
        add(save, problem);
    }
}
