package no.tavla.access;

import java.time.Instant;

/**
 * A token a machine uses instead of signing in, e.g. the nightly HR sync. The secret itself is shown once, when made.
 *
 * @param id         the token
 * @param name       what it is for, e.g. "Nattlig HR-synk fra Visma"
 * @param createdBy  who made it
 * @param createdAt  when
 * @param lastUsedAt when it was last used, or null
 * @param revokedAt  when it was revoked, or null while it works
 */
public record ApiToken(long id, String name, String createdBy, Instant createdAt, Instant lastUsedAt,
                       Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
