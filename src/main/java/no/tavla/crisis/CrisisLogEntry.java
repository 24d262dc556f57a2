package no.tavla.crisis;

import java.time.Instant;

/** One action on a crisis, for its log: who (null: Tavla itself), what, and what it said or counted. */
public record CrisisLogEntry(Instant at, String person, String event, String detail) {
}
