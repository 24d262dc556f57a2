package no.tavla.reach;

import java.time.LocalDate;

/**
 * One person in an item's audience and how they were reached; for their own managers only.
 *
 * @param reachedBy null while not reached
 * @param offlineOn the day they signed or were told, for the paper and meeting channels
 */
public record PersonReach(long personId, String name, Long unitId, String unitName, boolean hasWorkComputer,
                          boolean seen, Channel reachedBy, LocalDate offlineOn) {

    public boolean reached() {
        return reachedBy != null;
    }
}
