package no.tavla.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person as the access policy sees them: their global roles and, per unit, the unit-scoped roles they hold there.
 *
 * @param personId    the person, or empty for someone signed in who is not (yet) a person in Tavla
 * @param globalRoles COMMUNICATIONS and ADMIN, from role assignments or the identity provider's claims
 * @param unitRoles   EDITOR and MANAGER by the unit they were given for
 */
public record Actor(Optional<Long> personId, Set<Role> globalRoles, Map<Long, Set<Role>> unitRoles) {

    public Actor {
        globalRoles = Set.copyOf(globalRoles);
        unitRoles = Map.copyOf(unitRoles);
    }

    /** Nobody: may do nothing but what everyone may. */
    public static Actor nobody() {
        return new Actor(Optional.empty(), Set.of(), Map.of());
    }

    public boolean has(Role role) {
        return globalRoles.contains(role);
    }
}
