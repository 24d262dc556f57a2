package no.tavla.news;

import java.time.Instant;

/**
 * A release in the planning timeline.
 *
 * @param external the public release (else the internal one)
 * @param crowded  one of several organisation-wide releases at about the same time
 */
public record PlannedRelease(long itemId, String title, String unitName, Instant at, boolean external,
                             boolean wholeMunicipality, boolean crowded) {
}
