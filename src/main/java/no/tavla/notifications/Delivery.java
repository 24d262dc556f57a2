package no.tavla.notifications;

import java.time.Instant;

/** One notification that could not be sent, as administrators see it on the operations page. */
public record Delivery(long id, long itemId, String itemTitle, String personName, NotificationChannel channel,
                       int attempts, Instant lastTriedAt, String reason) {
}
