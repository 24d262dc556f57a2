package no.tavla.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Svg;
import no.tavla.shared.charts.BarCharts;

/**
 * A chart on a page: the bars as an SVG image named by its title and described by every bar in words; the page keeps
 * the same numbers beside it in a table or list (decision 0023).
 */
public final class Charts {

    private Charts() {
    }

    /** @param axis the value axis's label, in the page's language */
    public static Svg percentBars(String title, String axis, List<BarCharts.Bar> bars) {
        Svg chart = new Svg(BarCharts.percentBars(title, BarCharts.described(bars), axis, bars));
        chart.addClassName("tavla-chart-box");
        return chart;
    }
}
