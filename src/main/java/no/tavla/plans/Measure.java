package no.tavla.plans;

import java.time.Instant;

/**
 * A measure of a plan (tiltak): what, on which channel, when, who is responsible, where it is, and the item it made.
 *
 * @param plannedAt       null when not yet set
 * @param responsibleName null when no one is named
 * @param itemId          the intranet item it made; null for none
 */
public record Measure(long id, long planId, String title, MeasureChannel channel, Instant plannedAt,
                      Long responsibleId, String responsibleName, MeasureStatus status, String notes, Long itemId) {
}
