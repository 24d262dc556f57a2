package no.tavla.organisation;

import java.util.List;

/**
 * One thing wrong in an import file, in terms an HR clerk can act on: where it is, what is wrong, how to fix it. The
 * text is the translation of {@code key}, filled with {@code arguments}: file, line, column, then details.
 *
 * @param file   {@code units} or {@code people}
 * @param line   the line in the file, counting the header as line 1; 0 for the whole file
 * @param column the column's name as written in the file, or empty
 * @param key    the message key, e.g. {@code import.unit.parent.unknown}
 * @param detail the values the message shows, e.g. the unknown code
 */
public record ImportProblem(String file, int line, String column, String key, List<String> detail) {

    public ImportProblem {
        column = column == null ? "" : column;
        detail = List.copyOf(detail);
    }

    /** The message's arguments: {0} the file's name, {1} the line, {2} the column, {3}... the details. */
    public Object[] arguments(String fileName) {
        Object[] arguments = new Object[3 + detail.size()];
        arguments[0] = fileName;
        arguments[1] = String.valueOf(line);
        arguments[2] = column;
        for (int i = 0; i < detail.size(); i++) {
            arguments[3 + i] = detail.get(i);
        }
        return arguments;
    }
}
