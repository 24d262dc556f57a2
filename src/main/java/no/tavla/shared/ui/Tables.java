package no.tavla.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** Tables of figures as every module's pages show them: headed cells with their scope, and a box that scrolls. */
public final class Tables {

    private Tables() {
    }

    /** A column heading. */
    public static void columnHeader(NativeTableRow row, String text) {
        row.addHeaderCell().setText(text);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "col");
    }

    /** A row heading. */
    public static void rowHeader(NativeTableRow row, String text) {
        row.addHeaderCell().setText(text);
        row.getHeaderCells().getLast().getElement().setAttribute("scope", "row");
    }

    /**
     * The table in a box of its own: on a phone it scrolls there, and the keyboard can reach the box and a screen
     * reader names it by the table's caption.
     */
    public static Div scrolling(NativeTable table, String caption) {
        Div box = new Div(table);
        box.addClassName("tavla-table-scroll");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("aria-label", caption);
        return box;
    }
}
