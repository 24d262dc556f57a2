package no.tavla.plans.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanDraft;
import no.tavla.plans.PlanTemplate;
import no.tavla.plans.Plans;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import org.springframework.security.access.AccessDeniedException;

/**
 * The communication plans a person owns or, for communications, every plan, newest first; and a new plan for one of
 * their units (issue 16).
 */
@PageBean
@Route("plans")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
@Menu(order = 5.5, title = "nav.plans", icon = "vaadin:clipboard-text")
class PlansView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Plans plans;

    PlansView(Plans plans) {
        this.plans = plans;
        addClassNames("tavla-page", "tavla-plans");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!plans.mayPlan()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("plans.heading")), new Paragraph(getTranslation("plans.intro")));
        if (plans.mayEditTemplate()) {
            RouterLink template = new RouterLink(getTranslation("plans.template.link"), PlanTemplateView.class);
            template.addClassName("tavla-plans-template-link");
            add(new Paragraph(template));
        }
        add(newPlan());
        List<Plan> found = plans.list();
        Div section = new Div(new H2(getTranslation("plans.list")));
        section.addClassName("tavla-section");
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("plans.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-plans-list");
            for (Plan plan : found) {
                RouterLink link = new RouterLink(plan.name(), PlanView.class,
                        new RouteParameters("id", String.valueOf(plan.id())));
                Span facts = new Span(" · " + getTranslation("plans.status." + plan.status().name()) + " · "
                        + plan.unitName() + " · " + getTranslation("plans.updated",
                        TavlaTime.dateTime(plan.updatedAt(), getLocale())));
                facts.addClassName("tavla-unit-facts");
                list.add(new ListItem(link, facts));
            }
            section.add(list);
        }
        add(section);
        if (plans.mayEditTemplate()) {
            add(new ChannelEffectSection(plans));
        }
    }

    private Div newPlan() {
        Div box = new Div(new H2(getTranslation("plans.new")));
        box.addClassNames("tavla-section", "tavla-plans-new");
        List<UnitTreeEntry> units = plans.unitsToPlanFor().stream().filter(UnitTreeEntry::active).toList();
        ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("plans.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.addClassName("tavla-plans-new-unit");
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        unit.setRequired(true);
        TextField name = Forms.textField(getTranslation("plans.name"), "", 200);
        name.setHelperText(getTranslation("plans.name.help"));
        name.addClassName("tavla-plans-new-name");
        PlanTemplate template = plans.template(getLocale());
        CheckboxGroup<String> groups = new CheckboxGroup<>(getTranslation("plans.new.targets"));
        groups.setItems(template.targetGroups());
        groups.setHelperText(getTranslation("plans.new.targets.help"));
        groups.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        groups.addClassName("tavla-plans-new-targets");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.name", name).field("plans.unit", unit);
        Button create = new Button(getTranslation("plans.create"), click -> {
            if (unit.getValue() == null) {
                problems.show(new Refusal("plans.unit.required"));
                return;
            }
            long id;
            try {
                id = plans.create(new PlanDraft(unit.getValue().id(), name.getValue(), null, null, null, null, null),
                        template.targetGroups().stream().filter(groups.getValue()::contains).toList(), getLocale());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            UI.getCurrent().navigate(PlanView.class, new RouteParameters("id", String.valueOf(id)));
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("tavla-plans-create");
        box.add(unit, name, groups, create, problem);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.heading") + " – Tavla";
    }
}
