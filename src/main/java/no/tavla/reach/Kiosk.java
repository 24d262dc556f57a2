package no.tavla.reach;

import java.time.Instant;

/** A staff-room screen of a unit; its secret address is shown once, when it is made. */
public record Kiosk(long id, long unitId, String label, String createdBy, Instant createdAt, Instant lastSeenAt,
                    Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
