package no.tavla.plans.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.plans.Budget;
import no.tavla.plans.BudgetRow;
import no.tavla.plans.BudgetRowDraft;
import no.tavla.plans.Measure;
import no.tavla.plans.MeasureChannel;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanPrints;
import no.tavla.plans.PlanTemplate;
import no.tavla.plans.Plans;
import no.tavla.plans.TargetGroup;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.Tables;

/** A plan's budget as Løten's template has it (measure, target group, channel, price), with its total. */
class BudgetSection extends Div {

    BudgetSection(Plans plans, Plan plan, Budget budget, List<Measure> measures, List<TargetGroup> groups,
                  PlanTemplate template, boolean editable, Runnable reload) {
        addClassNames("tavla-section", "tavla-plan-budget");
        add(new H2(getTranslation("plans.budget")));
        if (budget.rows().isEmpty()) {
            add(new Paragraph(getTranslation("plans.budget.none")));
        } else {
            add(table(plans, budget, editable, reload));
        }
        if (editable) {
            add(newRow(plans, plan, measures, groups, template, reload));
        }
    }

    private Div table(Plans plans, Budget budget, boolean editable, Runnable reload) {
        Locale locale = getLocale();
        NativeTable table = new NativeTable();
        table.addClassName("tavla-reach-table");
        table.setCaptionText(getTranslation("plans.budget.caption"));
        NativeTableRow head = table.getHead().addRow();
        List<String> columns = editable ? List.of("plans.budget.measure", "plans.budget.target", "plans.measure.channel",
                "plans.budget.price", "plans.budget.change") : List.of("plans.budget.measure", "plans.budget.target",
                "plans.measure.channel", "plans.budget.price");
        for (String key : columns) {
            Tables.columnHeader(head, getTranslation(key));
        }
        for (BudgetRow row : budget.rows()) {
            NativeTableRow line = table.getBody().addRow();
            Tables.rowHeader(line, row.measure());
            line.addDataCell().setText(row.targetGroup() == null ? "–" : row.targetGroup());
            line.addDataCell().setText(row.channel() == null ? "–"
                    : getTranslation("plans.channel." + row.channel().name()));
            line.addDataCell().setText(PlanPrints.kroner(row.price(), locale));
            line.getDataCells().getLast().addClassName("tavla-number");
            if (editable) {
                Button remove = new Button(getTranslation("plans.budget.remove"), click -> {
                    plans.removeBudgetRow(row.id());
                    reload.run();
                    Results.announce(getTranslation("plans.budget.removed"));
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.addClassName("tavla-plan-budget-remove");
                remove.getElement().setAttribute("aria-label", getTranslation("plans.budget.remove") + ": "
                        + row.measure());
                line.addDataCell().add(remove);
            }
        }
        NativeTableRow total = table.getFoot().addRow();
        Tables.rowHeader(total, getTranslation("plans.budget.total"));
        total.addDataCell().setText("");
        total.addDataCell().setText("");
        total.addDataCell().setText(PlanPrints.kroner(budget.total(), locale));
        total.getDataCells().getLast().addClassNames("tavla-number", "tavla-plan-budget-total");
        if (editable) {
            total.addDataCell().setText("");
        }
        return Tables.scrolling(table, getTranslation("plans.budget.caption"));
    }

    private Div newRow(Plans plans, Plan plan, List<Measure> measures, List<TargetGroup> groups,
                       PlanTemplate template, Runnable reload) {
        Div box = new Div(new H3(getTranslation("plans.budget.new")));
        box.addClassName("tavla-plan-budget-new");
        ComboBox<String> measure = new ComboBox<>(getTranslation("plans.budget.measure"));
        measure.setItems(measures.stream().map(Measure::title).distinct().toList());
        measure.setAllowCustomValue(true);
        measure.addCustomValueSetListener(event -> measure.setValue(event.getDetail()));
        measure.addClassName("tavla-plan-budget-new-measure");
        ComboBox<String> target = new ComboBox<>(getTranslation("plans.budget.target"));
        target.setItems(groups.stream().map(TargetGroup::name).distinct().toList());
        target.setAllowCustomValue(true);
        target.addCustomValueSetListener(event -> target.setValue(event.getDetail()));
        target.setClearButtonVisible(true);
        Select<MeasureChannel> channel = new Select<>();
        channel.setLabel(getTranslation("plans.measure.channel"));
        channel.setItems(Arrays.asList(MeasureChannel.values()).stream().filter(template.channels()::contains)
                .toList());
        channel.setItemLabelGenerator(value -> value == null ? getTranslation("plans.budget.no-channel")
                : getTranslation("plans.channel." + value.name()));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("plans.budget.no-channel"));
        TextField price = Forms.textField(getTranslation("plans.budget.price"), "", 20);
        price.setHelperText(getTranslation("plans.budget.price.help"));
        price.addClassName("tavla-plan-budget-new-price");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.budget.measure", measure)
                .field("plans.budget.text", target).field("plans.budget.price", price);
        Button add = new Button(getTranslation("plans.budget.add"), click -> {
            try {
                plans.addBudgetRow(plan.id(), new BudgetRowDraft(measure.getValue(), target.getValue(),
                        channel.getValue(), Plans.price(price.getValue())));
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload.run();
            Results.announce(getTranslation("plans.budget.added"));
        });
        add.addClassName("tavla-plan-budget-add");
        box.add(measure, target, channel, price, add, problem);
        return box;
    }
}
