package no.tavla.crisis;

import java.time.Instant;
import java.util.Set;

/**
 * A crisis, or a drill of one (øvelse), as switched on.
 *
 * @param units     the scope's units, each with everything below it (empty for the whole municipality)
 * @param endedAt   null while it lasts
 */
public record Crisis(long id, boolean drill, String title, String message, boolean wholeMunicipality, Set<Long> units,
                     Instant startedAt, String startedBy, Instant endedAt, String closingMessage) {

    public Crisis {
        units = Set.copyOf(units);
    }

    /** Whether it is still in force. */
    public boolean lasting() {
        return endedAt == null;
    }
}
