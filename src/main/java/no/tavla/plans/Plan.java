package no.tavla.plans;

import java.time.Instant;

/**
 * A communication plan, as Løten's template asks: the case (name, background, the decision or change, its reference in
 * the archive system), the goal and the key messages.
 *
 * @param version for saving: a plan changed by someone else since it was read is not overwritten
 */
public record Plan(long id, long unitId, String unitName, String name, String background, String change,
                   String archiveRef, String goal, String keyMessages, PlanStatus status, String createdBy,
                   Instant createdAt, Instant updatedAt, int version) {
}
