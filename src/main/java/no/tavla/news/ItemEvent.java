package no.tavla.news;

import java.time.Instant;

/** One step in an item's history: who did what, when, and why. */
public record ItemEvent(String step, String actor, Instant at, String reason) {
}
