package no.tavla.news;

import java.time.Instant;

/**
 * A writer's correction of an item whose text communications approved: readers and the public channel keep the
 * approved text until communications confirms it.
 */
public record PendingCorrection(long id, long itemId, String title, String lead, String body, boolean significant,
                                String note, String proposedBy, Instant proposedAt) {
}
