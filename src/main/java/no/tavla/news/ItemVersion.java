package no.tavla.news;

import java.time.Instant;

/**
 * The text as it was before a change after publication, and what kind of change it was.
 *
 * @param revision the revision this text was (null for texts kept before revisions were numbered)
 */
public record ItemVersion(String title, String lead, String body, boolean significant, String note, String changedBy,
                          Instant changedAt, Integer revision) {
}
