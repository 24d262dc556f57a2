package no.tavla.plans;

import java.time.Instant;

/**
 * A measure of a plan (tiltak): what, on which channel, for which target group, when, who is responsible, where it
 * is, and the item it made.
 *
 * @param targetGroupId   null when it is for the whole plan
 * @param targetGroupName null when it is for the whole plan
 * @param plannedAt       null when not yet set
 * @param responsibleName null when no one is named
 * @param itemId          the intranet item it made; null for none
 */
public record Measure(long id, long planId, String title, MeasureChannel channel, Long targetGroupId,
                      String targetGroupName, Instant plannedAt, Long responsibleId, String responsibleName,
                      MeasureStatus status, String notes, Long itemId) {
}
