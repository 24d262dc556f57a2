package no.tavla.plans;

import java.time.Instant;

/** A new measure as its form says; checked by {@link Plans}. */
public record MeasureDraft(String title, MeasureChannel channel, Instant plannedAt, Long responsibleId, String notes) {
}
