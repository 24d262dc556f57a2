package no.tavla.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The one way a list of values becomes SQL placeholders, for the modules' internal queries. */
public final class SqlList {

    /** Stands in for an empty list: matches no id Tavla makes. */
    private static final long NOTHING = -1L;

    private SqlList() {
    }

    /**
     * Placeholders for the values, which are added to the arguments in order. An empty list is never empty SQL: it
     * becomes one placeholder that matches nothing.
     */
    public static String in(Collection<?> values, List<Object> arguments) {
        if (values.isEmpty()) {
            arguments.add(NOTHING);
            return "?";
        }
        arguments.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
