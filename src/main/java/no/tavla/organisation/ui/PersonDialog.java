package no.tavla.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.PersonProfiles;
import no.tavla.organisation.PersonRow;
import no.tavla.organisation.Role;
import no.tavla.organisation.RoleAssignments;
import no.tavla.organisation.RoleGrant;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person in the people administration: their details and their roles with the trail. Administrators change the
 * details and give and take back roles here; managers and communications look.
 */
class PersonDialog extends Dialog {

    private final transient RoleAssignments roles;
    private final PersonRow person;
    private final UnorderedList trail = new UnorderedList();
    private final Paragraph problem = Forms.problemLine();
    private final boolean administrator;

    PersonDialog(PersonRow person, RoleAssignments roles, UnitPages pages, PersonProfiles profiles,
                 boolean administrator, Runnable changed) {
        this.roles = roles;
        this.person = person;
        this.administrator = administrator;
        setHeaderTitle(person.name());
        setWidth("min(48rem, 100%)");
        List<UnitTreeEntry> units = pages.tree();
        profiles.details(person.id()).ifPresent(details ->
                add(new PersonDetailsForm(details, profiles, units, administrator, changed)));
        trail.addClassName("tavla-role-trail");
        add(new H3(getTranslation("roles.trail")), trail);

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.addClassName("tavla-grant-role");
        ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("people.unit"));
        unit.addClassName("tavla-grant-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        TextField reason = new TextField(getTranslation("roles.reason"));
        reason.setMaxLength(500);
        FieldProblems problems = new FieldProblems(problem).field("roles.role", role).field("roles.unit", unit)
                .field("roles.reason", reason);
        Button grant = new Button(getTranslation("roles.grant"), e -> {
            try {
                roles.grant(person.id(), role.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                        reason.getValue());
                problems.clear();
                refresh();
            } catch (Refusal refusal) {
                problems.show(refusal);
            } catch (AccessDeniedException denied) {
                problems.say(getTranslation("roles.only-admin"));
            }
        });
        grant.addThemeVariants(ButtonVariant.PRIMARY);
        grant.addClassName("tavla-role-grant");
        if (administrator) {
            add(new H3(getTranslation("roles.give")), role, unit, reason, grant);
        }
        add(problem);
        getFooter().add(new Button(getTranslation("roles.close"), e -> close()));
        refresh();
    }

    private void refresh() {
        trail.removeAll();
        for (RoleGrant grant : roles.trail(person.id())) {
            String text = getTranslation("role." + grant.role().name())
                    + (grant.unitName() == null ? "" : " – " + grant.unitName())
                    + " · " + getTranslation("roles.granted", grant.grantedBy(),
                    TavlaTime.dateTime(grant.grantedAt(), getLocale()))
                    + (grant.reason() == null ? "" : " («" + grant.reason() + "»)")
                    + (grant.active() ? "" : " · " + getTranslation("roles.revoked", grant.revokedBy(),
                    TavlaTime.dateTime(grant.revokedAt(), getLocale())));
            ListItem item = new ListItem(text);
            if (grant.active() && administrator) {
                Button revoke = new Button(getTranslation("roles.revoke"), e -> {
                    try {
                        roles.revoke(grant.id());
                        refresh();
                    } catch (AccessDeniedException denied) {
                        problem.setText(getTranslation("roles.only-admin"));
                    }
                });
                revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                item.add(revoke);
            }
            trail.add(item);
        }
        if (trail.getChildren().findAny().isEmpty()) {
            trail.add(new ListItem(getTranslation("roles.none")));
        }
    }
}
