package no.tavla.plans.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanTemplate;
import no.tavla.plans.Plans;
import no.tavla.plans.TargetGroup;
import no.tavla.plans.TargetGroupDraft;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.Results;

/**
 * A plan's target groups, each answering the template's questions (who is affected, what must they know, what should
 * they do or feel, which channels reach them), and a new one from the template's groups or named freely.
 */
class TargetGroupsSection extends Div {

    private final transient Plans plans;
    private final Plan plan;
    private final transient Runnable reload;

    TargetGroupsSection(Plans plans, Plan plan, List<TargetGroup> groups, PlanTemplate template, boolean editable,
                        Runnable reload) {
        this.plans = plans;
        this.plan = plan;
        this.reload = reload;
        addClassNames("tavla-section", "tavla-plan-targets");
        add(new H2(getTranslation("plans.targets")), new Paragraph(getTranslation("plans.targets.intro")));
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("plans.targets.none")));
        }
        List<UnitTreeEntry> units = plans.targetUnits();
        groups.forEach(group -> add(group(group, units, editable)));
        if (editable) {
            add(newGroup(template, units));
        }
    }

    private Div group(TargetGroup group, List<UnitTreeEntry> units, boolean editable) {
        Div box = new Div(new H3(group.name() + (group.unitName() == null ? ""
                : " – " + getTranslation("plans.target.staff-of", group.unitName()))));
        box.addClassName("tavla-plan-target");
        TextField name = Forms.textField(getTranslation("plans.target.name"), group.name(), 200);
        ComboBox<UnitTreeEntry> unit = unitBox(units);
        units.stream().filter(entry -> group.unitId() != null && entry.id() == group.unitId()).findFirst()
                .ifPresent(unit::setValue);
        box.add(name, unit);
        List<TextArea> answers = new ArrayList<>();
        for (TargetGroup.Answer answer : group.answers()) {
            TextArea area = Forms.textArea(answer.question(), answer.answer(), 4_000);
            area.addClassName("tavla-plan-target-answer");
            answers.add(area);
            box.add(area);
        }
        if (!editable) {
            List.<HasValue<?, ?>>of(name, unit).forEach(field -> field.setReadOnly(true));
            answers.forEach(area -> area.setReadOnly(true));
            return box;
        }
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.target.name", name)
                .field("plans.target.unit", unit);
        Button save = new Button(getTranslation("plans.target.save"), click -> {
            List<TargetGroup.Answer> given = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                given.add(new TargetGroup.Answer(group.answers().get(i).question(), answers.get(i).getValue()));
            }
            try {
                plans.saveTargetGroup(group.id(), new TargetGroupDraft(name.getValue(), unit.getValue() == null ? null
                        : unit.getValue().id(), given));
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload.run();
            Results.announce(getTranslation("plans.target.saved"));
        });
        save.addClassName("tavla-plan-target-save");
        save.getElement().setAttribute("aria-label", getTranslation("plans.target.save") + ": " + group.name());
        Button remove = new Button(getTranslation("plans.target.remove"), click -> {
            plans.removeTargetGroup(group.id());
            reload.run();
            Results.announce(getTranslation("plans.target.removed"));
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClassName("tavla-plan-target-remove");
        remove.getElement().setAttribute("aria-label", getTranslation("plans.target.remove") + ": " + group.name());
        Div actions = new Div(save, remove);
        actions.addClassName("tavla-plan-measure-actions");
        box.add(actions, problem);
        return box;
    }

    private Div newGroup(PlanTemplate template, List<UnitTreeEntry> units) {
        Div box = new Div(new H3(getTranslation("plans.target.new")));
        box.addClassName("tavla-plan-target-new");
        ComboBox<String> name = new ComboBox<>(getTranslation("plans.target.name"));
        name.setItems(template.targetGroups());
        name.setAllowCustomValue(true);
        name.addCustomValueSetListener(event -> name.setValue(event.getDetail()));
        name.setHelperText(getTranslation("plans.target.name.help"));
        name.addClassName("tavla-plan-target-new-name");
        ComboBox<UnitTreeEntry> unit = unitBox(units);
        unit.addClassName("tavla-plan-target-new-unit");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.target.name", name)
                .field("plans.target.unit", unit);
        Button add = new Button(getTranslation("plans.target.add"), click -> {
            try {
                plans.addTargetGroup(plan.id(), name.getValue(), unit.getValue() == null ? null
                        : unit.getValue().id(), getLocale());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload.run();
            Results.announce(getTranslation("plans.target.added"));
        });
        add.addClassName("tavla-plan-target-add");
        box.add(name, unit, add, problem);
        return box;
    }

    private ComboBox<UnitTreeEntry> unitBox(List<UnitTreeEntry> units) {
        ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("plans.target.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("plans.target.unit.help"));
        return unit;
    }
}
