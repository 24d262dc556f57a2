package no.tavla.organisation;

import java.time.Instant;

/**
 * One role given to a person, with its trail.
 *
 * @param id        the assignment
 * @param role      the role
 * @param unitId    the unit a unit-scoped role holds for (and below), null for global roles
 * @param unitName  that unit's name
 * @param grantedBy who gave it
 * @param grantedAt when
 * @param reason    why, as the giver wrote it
 * @param revokedBy who took it back, null while it holds
 * @param revokedAt when, null while it holds
 */
public record RoleGrant(long id, Role role, Long unitId, String unitName, String grantedBy, Instant grantedAt,
                        String reason, String revokedBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
