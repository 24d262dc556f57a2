package no.tavla.organisation.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.PersonDetails;
import no.tavla.organisation.PersonProfiles;
import no.tavla.organisation.ProfileChanges;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.ProfileSection;

/**
 * The signed-in person's own profile: what HR says about them, and the phone, responsibilities and tags they keep up
 * to date themselves, so the unit pages say who does what.
 */
@PageBean
@Route("profile")
@PermitAll
@Menu(order = 90, title = "nav.profile", icon = "vaadin:user")
class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(PersonProfiles profiles, org.springframework.beans.factory.ObjectProvider<ProfileSection> sections) {
        addClassName("tavla-page");
        add(new H1(getTranslation("profile.heading")));
        profiles.mine().ifPresentOrElse(me -> {
            show(me, profiles);
            sections.stream().sorted(java.util.Comparator.comparingInt(ProfileSection::order))
                    .forEach(section -> add(section.create()));
        }, () -> add(new Paragraph(getTranslation("profile.none"))));
    }

    private void show(PersonDetails me, PersonProfiles profiles) {
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("people.name") + ": " + me.name()),
                new ListItem(getTranslation("people.title") + ": " + Objects.requireNonNullElse(me.title(), "–")),
                new ListItem(getTranslation("person.primary-unit") + ": "
                        + Objects.requireNonNullElse(me.primaryUnitName(), "–")),
                new ListItem(getTranslation("people.email") + ": " + Objects.requireNonNullElse(me.email(), "–")),
                new ListItem(getTranslation("people.number") + ": "
                        + Objects.requireNonNullElse(me.employeeNumber(), "–")));
        facts.addClassName("tavla-profile-facts");
        Div hr = new Div(new H2(getTranslation("profile.from-hr")), facts,
                new Paragraph(getTranslation("profile.from-hr.help")));
        hr.addClassName("tavla-section");

        TextField phone = Forms.textField(getTranslation("person.phone"), me.phone(), PersonProfiles.MAX_PHONE);
        phone.addClassName("tavla-profile-phone");
        TextArea responsibilities = Forms.textArea(getTranslation("person.responsibilities"),
                me.responsibilities(), PersonProfiles.MAX_RESPONSIBILITIES);
        responsibilities.setHelperText(getTranslation("profile.responsibilities.help"));
        responsibilities.addClassName("tavla-profile-responsibilities");
        TextField tags = Forms.textField(getTranslation("person.tags"), me.tags(), PersonProfiles.MAX_TAGS);
        tags.setHelperText(getTranslation("person.tags.help"));
        tags.setWidthFull();
        Paragraph result = new Paragraph();
        result.addClassName("tavla-problem");
        result.getElement().setAttribute("role", "status");
        FieldProblems problems = new FieldProblems(result).field("person.phone", phone)
                .field("person.responsibilities", responsibilities).field("person.tags", tags);
        Button save = new Button(getTranslation("person.save"), e -> {
            try {
                profiles.updateMine(new ProfileChanges(phone.getValue(), responsibilities.getValue(),
                        tags.getValue()));
                problems.say(getTranslation("person.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-profile-save");
        Div own = new Div(new H2(getTranslation("profile.own")), phone, responsibilities, tags, save, result);
        own.addClassName("tavla-section");
        add(hr, own);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.heading") + " – Tavla";
    }
}
