package no.tavla.plans.ui;

import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import no.tavla.plans.Plan;
import no.tavla.plans.PlanEvaluation;
import no.tavla.plans.Plans;
import no.tavla.reach.ReachFigures;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.charts.BarCharts;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.Tables;

/**
 * A plan's evaluation (issue 16): what Tavla knows (each measure, whether it slipped, how far its item reached, in all
 * and within each target group's staff), and what the owner says worked and what to do differently.
 */
class EvaluationSection extends Div {

    private static final List<String> FIGURES = List.of("reach.col.audience", "reach.col.seen", "reach.col.paper",
            "reach.col.meeting", "reach.col.not-reached", "reach.col.percent");

    EvaluationSection(Plans plans, Plan plan, PlanEvaluation evaluation, boolean editable, Runnable reload) {
        addClassNames("tavla-section", "tavla-plan-evaluation");
        add(new H2(getTranslation("plans.evaluation")), new Paragraph(evaluation.closedAt() == null
                ? getTranslation("plans.evaluation.intro")
                : getTranslation("plans.evaluation.closed", TavlaTime.dateTime(evaluation.closedAt(), getLocale()))));
        if (!evaluation.measures().isEmpty()) {
            add(measures(evaluation));
            List<BarCharts.Bar> bars = evaluation.reachBars();
            if (!bars.isEmpty()) {
                add(no.tavla.shared.ui.Charts.percentBars(getTranslation("plans.chart.measures"),
                        getTranslation("plans.chart.axis"), bars));
            }
            Paragraph slipped = new Paragraph(getTranslation("plans.evaluation.slipped", evaluation.slipped(),
                    evaluation.measures().size()));
            slipped.addClassName("tavla-plan-evaluation-slipped");
            add(slipped);
        }
        for (PlanEvaluation.GroupResult group : evaluation.groups()) {
            if (group.items().isEmpty()) {
                continue;
            }
            String caption = getTranslation("plans.evaluation.group", group.group().name(), group.group().unitName());
            NativeTable table = table(caption, "plans.evaluation.item");
            told(table);
            for (PlanEvaluation.ItemInGroup item : group.items()) {
                NativeTableRow row = table.getBody().addRow();
                Tables.rowHeader(row, item.title());
                figures(row, item.reach());
                told(row, item.told());
            }
            add(Tables.scrolling(table, caption));
        }
        TextArea worked = Forms.textArea(getTranslation("plans.evaluation.worked"), evaluation.worked(), 10_000);
        worked.addClassName("tavla-plan-evaluation-worked");
        TextArea change = Forms.textArea(getTranslation("plans.evaluation.change"), evaluation.change(), 10_000);
        change.addClassName("tavla-plan-evaluation-change");
        add(worked, change);
        if (!editable) {
            worked.setReadOnly(true);
            change.setReadOnly(true);
            return;
        }
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.evaluation", worked);
        Button save = new Button(getTranslation("plans.evaluation.save"), click -> {
            try {
                plans.saveEvaluation(plan.id(), worked.getValue(), change.getValue());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload.run();
            Results.announce(getTranslation("plans.evaluation.saved"));
        });
        save.addClassName("tavla-plan-evaluation-save");
        add(save, problem);
    }


    private Div measures(PlanEvaluation evaluation) {
        String caption = getTranslation("plans.evaluation.measures");
        NativeTable table = table(caption, "plans.measure.title",
                "plans.measure.channel", "plans.measure.at", "plans.evaluation.released", "plans.evaluation.slip");
        told(table);
        for (PlanEvaluation.MeasureResult result : evaluation.measures()) {
            NativeTableRow row = table.getBody().addRow();
            Tables.rowHeader(row, result.measure().title());
            row.addDataCell().setText(getTranslation("plans.channel." + result.measure().channel().name()));
            row.addDataCell().setText(result.measure().plannedAt() == null ? "–"
                    : TavlaTime.dateTime(result.measure().plannedAt(), getLocale()));
            row.addDataCell().setText(result.releasedAt() == null ? "–"
                    : TavlaTime.dateTime(result.releasedAt(), getLocale()));
            row.addDataCell().setText(result.slip() == null ? getTranslation("plans.evaluation.on-time")
                    : getTranslation("plans.slip." + result.slip().name()));
            if (result.reach() == null) {
                for (int i = 0; i < FIGURES.size(); i++) {
                    row.addDataCell().setText("–");
                }
            } else {
                figures(row, result.reach());
            }
            told(row, result.told());
        }
        return Tables.scrolling(table, caption);
    }

    private NativeTable table(String caption, String... firstColumns) {
        NativeTable table = new NativeTable();
        table.addClassName("tavla-reach-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : firstColumns) {
            Tables.columnHeader(head, getTranslation(key));
        }
        FIGURES.forEach(key -> Tables.columnHeader(head, getTranslation(key)));
        return table;
    }

    /** The e-mail and SMS columns' headings, after the reach figures. */
    private void told(NativeTable table) {
        Tables.columnHeader(table.getHead().getRows().getFirst(), getTranslation("plans.evaluation.email"));
        Tables.columnHeader(table.getHead().getRows().getFirst(), getTranslation("plans.evaluation.sms"));
    }

    private static void told(NativeTableRow row, PlanEvaluation.Told told) {
        row.addDataCell().setText(told == null ? "–" : String.valueOf(told.email()));
        row.addDataCell().setText(told == null ? "–" : String.valueOf(told.sms()));
    }

    private static void figures(NativeTableRow row, ReachFigures f) {
        for (int value : new int[] {f.audience(), f.seen(), f.onPaper(), f.inMeeting(), f.notReached()}) {
            row.addDataCell().setText(String.valueOf(value));
        }
        row.addDataCell().setText(f.percent() + " %");
    }
}
