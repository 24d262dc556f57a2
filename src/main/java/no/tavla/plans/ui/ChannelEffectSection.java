package no.tavla.plans.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.plans.ChannelEffect;
import no.tavla.plans.Plans;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.Tables;

/**
 * For communications: across plans, which channels reached which target groups (Lørenskog asks to measure the effect
 * of the channels). Worked out when asked, as it reads every plan's evaluation.
 */
class ChannelEffectSection extends Div {

    private final Div result = new Div();

    ChannelEffectSection(Plans plans) {
        addClassNames("tavla-section", "tavla-plans-channel-effect");
        Button count = new Button(getTranslation("plans.effect.count"), click -> {
            show(plans.channelEffect());
            Results.announce(getTranslation("plans.effect.counted"));
        });
        count.addClassName("tavla-plans-effect-count");
        add(new H2(getTranslation("plans.effect")), new Paragraph(getTranslation("plans.effect.intro")), count,
                result);
    }

    private void show(List<ChannelEffect> rows) {
        result.removeAll();
        if (rows.isEmpty()) {
            result.add(new Paragraph(getTranslation("plans.effect.none")));
            return;
        }
        String caption = getTranslation("plans.effect.caption");
        NativeTable table = new NativeTable();
        table.addClassName("tavla-reach-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("plans.budget.target", "plans.measure.channel", "plans.effect.measures",
                "plans.effect.done", "plans.effect.slipped", "reach.col.audience", "plans.effect.reached",
                "reach.col.percent")) {
            Tables.columnHeader(head, getTranslation(key));
        }
        for (ChannelEffect row : rows) {
            NativeTableRow line = table.getBody().addRow();
            Tables.rowHeader(line, row.targetGroup() == null ? getTranslation("plans.measure.target.all")
                    : row.targetGroup());
            line.addDataCell().setText(getTranslation("plans.channel." + row.channel().name()));
            for (int value : new int[] {row.measures(), row.done(), row.slipped()}) {
                line.addDataCell().setText(String.valueOf(value));
            }
            line.addDataCell().setText(row.percent() == null ? "–" : String.valueOf(row.audience()));
            line.addDataCell().setText(row.percent() == null ? "–" : String.valueOf(row.reached()));
            line.addDataCell().setText(row.percent() == null ? "–" : row.percent() + " %");
        }
        result.add(Tables.scrolling(table, caption));
        List<no.tavla.shared.charts.BarCharts.Bar> bars = rows.stream().filter(row -> row.percent() != null)
                .map(row -> new no.tavla.shared.charts.BarCharts.Bar((row.targetGroup() == null
                        ? getTranslation("plans.measure.target.all") : row.targetGroup()) + " – "
                        + getTranslation("plans.channel." + row.channel().name()), row.percent())).toList();
        if (!bars.isEmpty()) {
            result.add(no.tavla.shared.ui.Charts.percentBars(getTranslation("plans.chart.effect"),
                    getTranslation("plans.chart.axis"), bars));
        }
    }
}
