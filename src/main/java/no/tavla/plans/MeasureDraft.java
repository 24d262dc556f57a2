package no.tavla.plans;

import java.time.Instant;

/** A new measure as its form says; checked by {@link Plans}. The target group is null for the whole plan. */
public record MeasureDraft(String title, MeasureChannel channel, Long targetGroupId, Instant plannedAt,
                           Long responsibleId, String notes) {
}
