package no.tavla.crisis.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.Preparedness;
import no.tavla.crisis.CrisisDraft;
import no.tavla.crisis.CrisisForecast;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * For the crisis staff and communications: the crisis and drill in force, switching one on in two steps (what and for
 * whom, then what will happen: "N people will see a banner, M get an SMS, ..."), and the crises there have been.
 */
@PageBean
@Route("crisis")
@RolesAllowed({"CRISIS", "COMMUNICATIONS"})
@Menu(order = 8, title = "nav.crisis", icon = "vaadin:warning")
class CrisisLeadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Crises crises;
    private final TextField title = Forms.textField(getTranslation("crisis.on.title"), "", 120);
    private final TextArea message = Forms.textArea(getTranslation("crisis.on.message"), "", 2000);
    private final Checkbox whole = new Checkbox(getTranslation("crisis.on.whole"));
    private final MultiSelectComboBox<UnitTreeEntry> units =
            Forms.translated(new MultiSelectComboBox<>(getTranslation("crisis.on.units")));
    private final Checkbox drill = new Checkbox(getTranslation("crisis.on.drill"));
    private final Paragraph problem = Forms.problemLine();
    private final FieldProblems problems = new FieldProblems(problem);
    private final Div step = new Div();

    CrisisLeadView(Crises crises, UnitPages unitPages) {
        this.crises = crises;
        addClassNames("tavla-page", "tavla-crisis-lead-page");
        title.addClassName("tavla-crisis-on-title");
        message.addClassName("tavla-crisis-on-message");
        whole.addClassName("tavla-crisis-on-whole");
        units.addClassName("tavla-crisis-on-units");
        drill.addClassName("tavla-crisis-on-drill");
        units.setItems(unitPages.tree().stream().filter(UnitTreeEntry::active).toList());
        units.setItemLabelGenerator(UnitTreeEntry::name);
        units.setWidthFull();
        drill.setHelperText(getTranslation("crisis.on.drill.help"));
        whole.addValueChangeListener(change -> units.setEnabled(!change.getValue()));
        problems.field("crisis.title", title).field("crisis.message", message).field("crisis.scope", units)
                .field("crisis.drill.needs-group", units);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!crises.mayLead()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crisis.lead.title");
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("crisis.lead.title")), new Paragraph(getTranslation("crisis.lead.intro")));
        List<Crisis> lasting = crises.lasting();
        if (!lasting.isEmpty()) {
            add(new H2(getTranslation("crisis.lead.lasting")), list(lasting));
        }
        add(new H2(getTranslation("crisis.on.heading")), step);
        writing();
        add(preparedness());
        // drills apart from real crises: each has its own log, and an evaluation reads the crises
        List<Crisis> ended = crises.history().stream().filter(crisis -> !crisis.lasting()).toList();
        List<Crisis> real = ended.stream().filter(crisis -> !crisis.drill()).toList();
        List<Crisis> drills = ended.stream().filter(Crisis::drill).toList();
        if (!real.isEmpty()) {
            add(new H2(getTranslation("crisis.lead.history")), list(real));
        }
        if (!drills.isEmpty()) {
            add(new H2(getTranslation("crisis.lead.drills")), list(drills));
        }
    }

    /** The emergency plan and whom to call, kept ready before a crisis: every crisis page shows them. */
    private Div preparedness() {
        Preparedness now = crises.preparedness();
        TextField planName = Forms.textField(getTranslation("crisis.prep.plan-name"),
                now.planName() == null ? "" : now.planName(), 120);
        TextField planUrl = Forms.textField(getTranslation("crisis.prep.plan-url"),
                now.planUrl() == null ? "" : now.planUrl(), 500);
        planUrl.setHelperText(getTranslation("crisis.prep.plan-url.help"));
        TextArea contacts = Forms.textArea(getTranslation("crisis.prep.contacts"), now.contacts().stream()
                .map(contact -> contact.name() + "; " + (contact.role() == null ? "" : contact.role() + "; ")
                        + contact.phone()).collect(java.util.stream.Collectors.joining("\n")), 6000);
        contacts.setHelperText(getTranslation("crisis.prep.contacts.help"));
        planName.addClassName("tavla-crisis-prep-name");
        planUrl.addClassName("tavla-crisis-prep-url");
        contacts.addClassName("tavla-crisis-prep-contacts");
        planName.setWidthFull();
        planUrl.setWidthFull();
        contacts.setWidthFull();
        Paragraph prepProblem = Forms.problemLine();
        FieldProblems prepProblems = new FieldProblems(prepProblem).field("crisis.plan.name", planName)
                .field("crisis.plan.url", planUrl).field("crisis.contacts", contacts);
        Button save = new Button(getTranslation("crisis.prep.save"), click -> {
            try {
                crises.savePreparedness(planName.getValue(), planUrl.getValue(), contacts.getValue());
            } catch (Refusal refusal) {
                prepProblems.show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation("crisis.prep.saved"));
        });
        save.addClassName("tavla-crisis-prep-save");
        Div section = new Div(new H2(getTranslation("crisis.prep.heading")),
                new Paragraph(getTranslation("crisis.prep.intro")), planName, planUrl, contacts, save, prepProblem);
        section.addClassNames("tavla-section", "tavla-crisis-prep");
        return section;
    }

    private UnorderedList list(List<Crisis> shown) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-crisis-list");
        for (Crisis crisis : shown) {
            Anchor link = new Anchor("crisis/" + crisis.id(), (crisis.drill() ? getTranslation("crisis.banner.drill")
                    + ": " : "") + crisis.title());
            list.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" · " + TavlaTime.dateTime(
                    crisis.startedAt(), getLocale()))));
        }
        return list;
    }

    /** Step one: what and for whom. */
    private void writing() {
        step.removeAll();
        Button next = new Button(getTranslation("crisis.on.next"), click -> {
            try {
                CrisisForecast.Channels reach = crises.forecast(draft());
                problems.clear();
                confirming(reach);
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClassName("tavla-crisis-on-next");
        step.add(title, message, whole, units, drill, next, problem);
    }

    /** Step two: what will happen, then it happens at once. */
    private void confirming(CrisisForecast.Channels reach) {
        step.removeAll();
        Paragraph said = new Paragraph(getTranslation(drill.getValue() ? "crisis.on.forecast.drill"
                : "crisis.on.forecast", reach.people(), reach.banner(), reach.sms(), reach.email(), reach.none()));
        said.addClassName("tavla-crisis-forecast");
        Button on = new Button(getTranslation(drill.getValue() ? "crisis.on.confirm.drill" : "crisis.on.confirm"),
                click -> {
                    try {
                        Crisis crisis = crises.switchOn(draft());
                        UI.getCurrent().navigate("crisis/" + crisis.id());
                    } catch (Refusal refusal) {
                        writing();
                        problems.show(refusal);
                    }
                });
        on.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        on.addClassName("tavla-crisis-on-confirm");
        Button back = new Button(getTranslation("crisis.on.back"), click -> writing());
        back.addClassName("tavla-crisis-on-back");
        step.add(said, on, back);
        Results.focus(said);
    }

    private CrisisDraft draft() {
        Set<Long> chosen = units.getValue().stream().map(UnitTreeEntry::id).collect(Collectors.toSet());
        return new CrisisDraft(title.getValue(), message.getValue(), whole.getValue(), chosen, drill.getValue());
    }
}
