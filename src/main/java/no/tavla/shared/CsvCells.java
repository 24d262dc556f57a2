package no.tavla.shared;

/** Cells of the CSV files Tavla exports (semicolon-separated, as Norwegian spreadsheets read them). */
public final class CsvCells {

    private CsvCells() {
    }

    /** A CSV cell that a spreadsheet neither splits nor runs as a formula. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
