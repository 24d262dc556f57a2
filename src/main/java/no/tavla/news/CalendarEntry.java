package no.tavla.news;

import java.time.Instant;

/**
 * An item on the editorial calendar: a release planned (internal or public), or a draft with a planned time. Someone
 * who does not work on the item sees only that a release for the whole municipality is planned then (to keep clear
 * of crowded mornings), not which.
 *
 * @param itemId   0 when the reader does not work on it
 * @param title    null when the reader does not work on it
 * @param unitName null when the reader does not work on it
 * @param crowded  one of several releases for the whole municipality at about the same time
 * @param movable  the reader may move it here (it is not out yet, and they work on it)
 */
public record CalendarEntry(long itemId, String title, String unitName, Instant at, Kind kind,
                            boolean wholeMunicipality, boolean crowded, boolean movable) {

    /** What the entry is. */
    public enum Kind {
        /** A published item's internal release, ahead. */
        INTERNAL,
        /** A published item's public release, ahead. */
        EXTERNAL,
        /** A draft (or one returned to its writer) with a planned time. */
        DRAFT,
        /** Submitted with a planned time, waiting for communications. */
        SUBMITTED,
        /** Approved and planned, held back while a crisis lasts. */
        HELD
    }

    public boolean mine() {
        return itemId != 0;
    }
}
