package no.tavla.news;

import java.time.Instant;

/**
 * One step in an item's history: who did what, when, and why.
 *
 * @param revision the text revision the step concerned (which text was approved or corrected); null where none
 */
public record ItemEvent(String step, String actor, Instant at, String reason, Integer revision) {
}
