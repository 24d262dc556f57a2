package no.tavla.plans.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.plans.Measure;
import no.tavla.plans.MeasureChannel;
import no.tavla.plans.MeasureDraft;
import no.tavla.plans.MeasureStatus;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanDraft;
import no.tavla.plans.PlanPrints;
import no.tavla.plans.PlanStatus;
import no.tavla.plans.PlanTemplate;
import no.tavla.plans.TargetGroup;
import no.tavla.plans.Plans;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * One communication plan (issue 16), as Løten's template has it: the case, the goal and key messages, and the
 * measures by Løten's three groups, each with its channel, time, responsible person and status. An intranet measure
 * makes its draft item here.
 */
@PageBean
@Route("plans/:id")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Plans plans;
    private final transient People people;
    private final transient PlanPrints prints;
    private Plan plan;

    PlanView(Plans plans, People people, PlanPrints prints) {
        this.prints = prints;
        this.plans = plans;
        this.people = people;
        addClassNames("tavla-page", "tavla-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        Optional<Plan> found = parameter.matches("\\d{1,18}") ? plans.find(Long.parseLong(parameter))
                : Optional.empty();
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(Plan shown) {
        plan = shown;
        removeAll();
        boolean editable = plans.mayEdit(plan);
        Paragraph status = new Paragraph(getTranslation("plans.status." + plan.status().name()) + " · "
                + plan.unitName() + " · " + getTranslation("plans.made-by", plan.createdBy(),
                TavlaTime.dateTime(plan.createdAt(), getLocale())));
        status.addClassName("tavla-plan-status");
        add(new H1(plan.name()), status, downloads());
        if (editable) {
            add(statusActions());
        }
        PlanTemplate template = plans.template(getLocale());
        List<TargetGroup> groups = plans.targetGroups(plan.id());
        List<Measure> all = plans.measures(plan.id());
        add(caseForm(editable), new TargetGroupsSection(plans, plan, groups, template, editable, this::reload),
                measures(all, groups, template, editable), new BudgetSection(plans, plan, plans.budget(plan.id()), all,
                        groups, template, editable, this::reload));
        if (plan.status() != PlanStatus.DRAFT) {
            add(new EvaluationSection(plans, plan, plans.evaluation(plan.id()), editable, this::reload));
        }
    }

    /** The plan as an A4 document, and its measures and budget for a spreadsheet. */
    private Div downloads() {
        long id = plan.id();
        java.util.Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = prints.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), prints.fileName(id, "pdf"),
                    "application/pdf", bytes.length);
        }), getTranslation("plans.print.pdf"));
        pdf.addClassName("tavla-plan-pdf");
        pdf.setTarget("_blank");
        Anchor measures = csv(getTranslation("plans.print.measures-csv"), "tavla-plan-measures-csv",
                () -> prints.measuresCsv(id, locale), prints.fileName(id, "csv").replace(".csv", "-tiltak.csv"));
        Anchor budget = csv(getTranslation("plans.print.budget-csv"), "tavla-plan-budget-csv",
                () -> prints.budgetCsv(id, locale), prints.fileName(id, "csv").replace(".csv", "-budsjett.csv"));
        Div links = new Div(pdf, new Span(" · "), measures, new Span(" · "), budget);
        links.addClassName("tavla-plan-downloads");
        return links;
    }

    private static Anchor csv(String text, String className, java.util.function.Supplier<String> content,
                              String fileName) {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=utf-8",
                    bytes.length);
        }), text);
        csv.addClassName(className);
        return csv;
    }

    private Div statusActions() {
        Div actions = new Div();
        actions.addClassName("tavla-plan-status-actions");
        PlanStatus next = switch (plan.status()) {
            case DRAFT -> PlanStatus.ACTIVE;
            case ACTIVE -> PlanStatus.CLOSED;
            case CLOSED -> PlanStatus.ACTIVE;
        };
        Button move = new Button(getTranslation("plans.move." + plan.status().name()), click -> {
            plans.setStatus(plan.id(), next);
            reload();
            Results.announce(getTranslation("plans.status.now", getTranslation("plans.status." + next.name())));
        });
        move.addClassName("tavla-plan-move");
        actions.add(move);
        return actions;
    }

    /** The case, the goal and the key messages. */
    private Div caseForm(boolean editable) {
        Div box = new Div(new H2(getTranslation("plans.case")));
        box.addClassNames("tavla-section", "tavla-plan-case");
        List<UnitTreeEntry> units = plans.unitsToPlanFor();
        ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("plans.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        units.stream().filter(entry -> entry.id() == plan.unitId()).findFirst().ifPresent(unit::setValue);
        TextField name = Forms.textField(getTranslation("plans.name"), plan.name(), 200);
        TextField reference = Forms.textField(getTranslation("plans.archive-ref"), text(plan.archiveRef()), 100);
        reference.setHelperText(getTranslation("plans.archive-ref.help"));
        TextArea background = Forms.textArea(getTranslation("plans.background"), text(plan.background()), 10_000);
        TextArea change = Forms.textArea(getTranslation("plans.change"), text(plan.change()), 10_000);
        TextArea goal = Forms.textArea(getTranslation("plans.goal"), text(plan.goal()), 10_000);
        goal.setHelperText(getTranslation("plans.goal.help"));
        TextArea messages = Forms.textArea(getTranslation("plans.key-messages"), text(plan.keyMessages()), 10_000);
        messages.setHelperText(getTranslation("plans.key-messages.help"));
        name.addClassName("tavla-plan-name");
        goal.addClassName("tavla-plan-goal");
        messages.addClassName("tavla-plan-key-messages");
        box.add(unit, name, reference, background, change, goal, messages);
        if (!editable) {
            for (Component field : List.of(unit, name, reference, background, change, goal, messages)) {
                ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(true);
            }
            return box;
        }
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.name", name)
                .field("plans.archive-ref", reference).field("plans.background", background)
                .field("plans.change", change).field("plans.goal", goal).field("plans.key-messages", messages);
        Button save = new Button(getTranslation("plans.save"), click -> {
            try {
                plans.save(plan.id(), new PlanDraft(unit.getValue() == null ? plan.unitId() : unit.getValue().id(),
                        name.getValue(), background.getValue(), change.getValue(), reference.getValue(),
                        goal.getValue(), messages.getValue()), plan.version());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload();
            Results.announce(getTranslation("plans.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-plan-save");
        box.add(save, problem);
        return box;
    }

    /** The measures by Løten's groups, and a new one. */
    private Div measures(List<Measure> all, List<TargetGroup> groups, PlanTemplate template, boolean editable) {
        Div box = new Div(new H2(getTranslation("plans.measures")));
        box.addClassNames("tavla-section", "tavla-plan-measures");
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("plans.measures.none")));
        }
        for (MeasureChannel.Group group : MeasureChannel.Group.values()) {
            List<Measure> inGroup = all.stream().filter(measure -> measure.channel().group() == group).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-plan-measure-list");
            inGroup.forEach(measure -> list.add(measure(measure, all, editable)));
            box.add(new H3(getTranslation("plans.group." + group.name())), list);
        }
        if (editable) {
            box.add(newMeasure(groups, template));
        }
        return box;
    }

    private ListItem measure(Measure measure, List<Measure> all, boolean editable) {
        ListItem entry = new ListItem();
        entry.addClassName("tavla-plan-measure");
        Span title = new Span(measure.title());
        title.addClassName("tavla-plan-measure-title");
        Span facts = new Span(" · " + getTranslation("plans.channel." + measure.channel().name())
                + (measure.targetGroupName() == null ? "" : " · " + getTranslation("plans.measure.for",
                measure.targetGroupName()))
                + (measure.plannedAt() == null ? "" : " · " + TavlaTime.dateTime(measure.plannedAt(), getLocale()))
                + (measure.responsibleName() == null ? "" : " · " + getTranslation("plans.responsible.is",
                measure.responsibleName())) + " · " + getTranslation("plans.measure.status." + measure.status().name()));
        facts.addClassName("tavla-unit-facts");
        entry.add(title, facts);
        if (measure.notes() != null) {
            entry.add(new Paragraph(measure.notes()));
        }
        Div actions = new Div();
        actions.addClassName("tavla-plan-measure-actions");
        List<Measure> planItems = all.stream().filter(other -> other.channel() == MeasureChannel.INTRANET_ITEM
                && other.itemId() != null).toList();
        boolean forManagers = measure.channel() == MeasureChannel.STAFF_MEETING
                || measure.channel() == MeasureChannel.PRINTED_NOTICE;
        if (forManagers && measure.itemId() != null) {
            String through = planItems.stream().filter(other -> other.itemId().equals(measure.itemId()))
                    .map(Measure::title).findFirst().orElse("");
            Span asked = new Span(getTranslation("plans.measure.managers.through", through));
            asked.addClassName("tavla-plan-measure-managers-asked");
            entry.add(new Paragraph(asked));
        } else if (forManagers && editable && measure.status() == MeasureStatus.PLANNED) {
            entry.add(askManagers(measure, planItems));
        }
        if (measure.itemId() != null && !forManagers) {
            Anchor item = new Anchor("write/" + measure.itemId(), getTranslation("plans.measure.open-item"));
            item.getElement().setAttribute("router-link", true);
            item.addClassName("tavla-plan-measure-item");
            actions.add(item);
        } else if (editable && measure.channel() == MeasureChannel.INTRANET_ITEM) {
            Button draft = new Button(getTranslation("plans.measure.make-draft"), click -> {
                long itemId = plans.makeDraft(measure.id());
                UI.getCurrent().navigate("write/" + itemId);
            });
            draft.addThemeVariants(ButtonVariant.PRIMARY);
            draft.addClassName("tavla-plan-measure-draft");
            draft.getElement().setAttribute("aria-label", getTranslation("plans.measure.make-draft.named",
                    measure.title()));
            actions.add(draft);
        }
        if (editable) {
            MeasureStatus next = measure.status() == MeasureStatus.PLANNED ? MeasureStatus.DONE : MeasureStatus.PLANNED;
            Button done = new Button(getTranslation("plans.measure.to." + next.name()), click -> {
                plans.setMeasureStatus(measure.id(), next);
                reload();
            });
            done.addThemeVariants(ButtonVariant.TERTIARY);
            done.addClassName("tavla-plan-measure-done");
            done.getElement().setAttribute("aria-label", getTranslation("plans.measure.to." + next.name())
                    + ": " + measure.title());
            Button remove = new Button(getTranslation("plans.measure.remove"), click -> {
                plans.removeMeasure(measure.id());
                reload();
                Results.announce(getTranslation("plans.measure.removed"));
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("tavla-plan-measure-remove");
            remove.getElement().setAttribute("aria-label", getTranslation("plans.measure.remove") + ": "
                    + measure.title());
            actions.add(done, remove);
        }
        entry.add(actions);
        return entry;
    }

    /** A staff meeting or notice goes through one of the plan's items, and its units' managers carry it out. */
    private Div askManagers(Measure measure, List<Measure> planItems) {
        Div box = new Div();
        box.addClassName("tavla-plan-measure-managers");
        if (planItems.isEmpty()) {
            box.add(new Paragraph(getTranslation("plans.measure.managers.no-item")));
            return box;
        }
        Select<Measure> item = new Select<>();
        item.setLabel(getTranslation("plans.measure.managers.item"));
        item.setItems(planItems);
        item.setItemLabelGenerator(Measure::title);
        item.setValue(planItems.getFirst());
        item.setHelperText(getTranslation("plans.measure.managers.help"));
        item.addClassName("tavla-plan-measure-managers-item");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.measure.item", item);
        Button ask = new Button(getTranslation("plans.measure.managers"), click -> {
            int asked;
            try {
                asked = plans.askManagers(measure.id(), item.getValue().itemId());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload();
            Results.announce(getTranslation("plans.measure.managers.asked", asked));
        });
        ask.addClassName("tavla-plan-measure-managers-ask");
        ask.getElement().setAttribute("aria-label", getTranslation("plans.measure.managers") + ": "
                + measure.title());
        box.add(item, ask, problem);
        return box;
    }

    private Div newMeasure(List<TargetGroup> groups, PlanTemplate template) {
        Div box = new Div(new H3(getTranslation("plans.measure.new")));
        box.addClassName("tavla-plan-measure-new");
        TextField title = Forms.textField(getTranslation("plans.measure.title"), "", 200);
        title.addClassName("tavla-plan-measure-new-title");
        Select<MeasureChannel> channel = new Select<>();
        channel.setLabel(getTranslation("plans.measure.channel"));
        channel.setItems(Arrays.stream(MeasureChannel.values()).filter(template.channels()::contains).toList());
        channel.setItemLabelGenerator(value -> getTranslation("plans.channel." + value.name()));
        channel.setValue(template.channels().contains(MeasureChannel.INTRANET_ITEM) ? MeasureChannel.INTRANET_ITEM
                : template.channels().getFirst());
        channel.addClassName("tavla-plan-measure-new-channel");
        Select<TargetGroup> target = new Select<>();
        target.setLabel(getTranslation("plans.measure.target"));
        target.setItems(groups);
        target.setItemLabelGenerator(group -> group == null ? getTranslation("plans.measure.target.all")
                : group.name());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("plans.measure.target.all"));
        target.setHelperText(getTranslation("plans.measure.target.help"));
        target.addClassName("tavla-plan-measure-new-target");
        DateTimePicker at = Forms.translated(new DateTimePicker(getTranslation("plans.measure.at")));
        at.addClassNames("tavla-plan-measure-new-at", "tavla-date-time");
        Checkbox mine = new Checkbox(getTranslation("plans.measure.mine"), true);
        mine.addClassName("tavla-plan-measure-new-mine");
        mine.setHelperText(getTranslation("plans.measure.mine.help", plans.remindBefore().toHours()));
        TextArea notes = Forms.textArea(getTranslation("plans.measure.notes"), "", 2_000);
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.measure.title", title)
                .field("plans.measure.notes", notes);
        Button add = new Button(getTranslation("plans.measure.add"), click -> {
            Instant when = at.getValue() == null ? null : TavlaTime.instantOf(at.getValue());
            Long responsible = mine.getValue() ? people.currentActor().personId().orElse(null) : null;
            try {
                plans.addMeasure(plan.id(), new MeasureDraft(title.getValue(), channel.getValue(),
                        target.getValue() == null ? null : target.getValue().id(), when, responsible,
                        notes.getValue()));
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload();
            Results.announce(getTranslation("plans.measure.added"));
        });
        add.addClassName("tavla-plan-measure-add");
        box.add(title, channel, target, at, mine, notes, add, problem);
        return box;
    }

    private void reload() {
        show(plans.find(plan.id()).orElseThrow());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? getTranslation("plans.heading") : plan.name()) + " – Tavla";
    }
}
