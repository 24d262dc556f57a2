package no.tavla.reach.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import no.tavla.reach.ReachFigures;

/** Reach as tables a screen reader reads cell by cell, and as bars for the eye. */
final class ReachTables {

    private ReachTables() {
    }

    /**
     * One row per group: its name (as the first cell gives it), the audience and each channel, and the share reached.
     *
     * @param total the sum row, or null
     */
    static <T> Component figures(Component owner, String caption, String firstColumn, List<T> rows,
                                   Function<T, ReachFigures> figures, Function<T, Component> first, ReachFigures total,
                                   boolean mustRead) {
        NativeTable table = new NativeTable();
        table.addClassName("tavla-reach-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        header(head, firstColumn);
        for (String key : columns(mustRead)) {
            header(head, owner.getTranslation(key));
        }
        for (T row : rows) {
            NativeTableRow line = table.getBody().addRow();
            line.addHeaderCell().add(first.apply(row));
            line.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
            cells(line, figures.apply(row), mustRead);
        }
        if (total != null) {
            NativeTableRow line = table.getFoot().addRow();
            line.addHeaderCell().setText(owner.getTranslation("reach.total"));
            line.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
            cells(line, total, mustRead);
        }
        return no.tavla.shared.ui.Tables.scrolling(table, caption);
    }

    private static List<String> columns(boolean mustRead) {
        return mustRead
                ? List.of("reach.col.audience", "reach.col.without-pc", "reach.col.seen", "reach.col.screen",
                        "reach.col.paper", "reach.col.meeting", "reach.col.not-reached", "reach.col.percent")
                : List.of("reach.col.audience", "reach.col.without-pc", "reach.col.seen", "reach.col.paper",
                        "reach.col.meeting", "reach.col.not-reached", "reach.col.percent");
    }

    private static void header(NativeTableRow row, String text) {
        row.addHeaderCell().setText(text);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "col");
    }

    private static void cells(NativeTableRow line, ReachFigures f, boolean mustRead) {
        line.addDataCell().setText(String.valueOf(f.audience()));
        line.addDataCell().setText(String.valueOf(f.withoutComputer()));
        line.addDataCell().setText(String.valueOf(f.seen()));
        if (mustRead) {
            line.addDataCell().setText(String.valueOf(f.onScreen()));
        }
        line.addDataCell().setText(String.valueOf(f.onPaper()));
        line.addDataCell().setText(String.valueOf(f.inMeeting()));
        line.addDataCell().setText(String.valueOf(f.notReached()));
        line.addDataCell().add(bar(f.percent()));
    }

    /** A share as a number and a bar; the bar is only for the eye. */
    static Div bar(int percent) {
        Div track = new Div();
        track.addClassName("tavla-bar");
        track.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassName("tavla-bar-fill");
        fill.getStyle().set("width", Math.max(0, Math.min(100, percent)) + "%");
        track.add(fill);
        Div both = new Div(new Span(percent + " %"), track);
        both.addClassName("tavla-percent");
        return both;
    }
}
