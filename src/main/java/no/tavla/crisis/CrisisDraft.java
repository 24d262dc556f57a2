package no.tavla.crisis;

import java.util.Set;

/**
 * What the person switching crisis mode on has written and chosen, before it is checked.
 *
 * @param units the scope's units (each with everything below it); ignored for the whole municipality
 * @param drill a drill (øvelse): marked so everywhere, for its exercise group (units) only
 */
public record CrisisDraft(String title, String message, boolean wholeMunicipality, Set<Long> units, boolean drill) {

    public CrisisDraft {
        title = title == null ? "" : title.strip();
        message = message == null ? "" : message.strip();
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
