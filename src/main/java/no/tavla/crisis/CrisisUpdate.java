package no.tavla.crisis;

import java.time.Instant;

/** A short post on a crisis; {@code bySms} and {@code byEmail}: sent on those channels too (push always). */
public record CrisisUpdate(long id, String text, boolean bySms, boolean byEmail, Instant postedAt, String postedBy) {
}
