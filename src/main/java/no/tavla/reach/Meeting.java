package no.tavla.reach;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting where an item was gone through; {@code attendees} counts those recorded as told there. */
public record Meeting(long id, LocalDate heldOn, String note, String recordedBy, Instant recordedAt, int attendees) {
}
