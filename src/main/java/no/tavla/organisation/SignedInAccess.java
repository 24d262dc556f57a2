package no.tavla.organisation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a sign-in may do now, read from Tavla's own records.
 *
 * @param personId the person the sign-in belongs to; empty for a sign-in that is no person (an API token)
 * @param active   false once HR or an administrator has marked the person as gone
 * @param units    the units the person belongs to (their primary unit and the others)
 * @param roles    the role assignments in force, by unit (0 for the global ones)
 */
public record SignedInAccess(Optional<Long> personId, boolean active, Set<Long> units, Map<Long, Set<Role>> roles) {

    public SignedInAccess {
        units = Set.copyOf(units);
        roles = Map.copyOf(roles);
    }

    /** The actor, with the global roles the sign-in claims besides; nobody at all for a person who is gone. */
    Actor actor(Set<Role> claimedGlobalRoles) {
        if (!active) {
            return Actor.nobody();
        }
        Set<Role> global = EnumSet.noneOf(Role.class);
        global.addAll(claimedGlobalRoles);
        Map<Long, Set<Role>> unitRoles = new HashMap<>();
        roles.forEach((unit, held) -> held.forEach(role -> {
            if (role.unitScoped()) {
                unitRoles.computeIfAbsent(unit, u -> new HashSet<>()).add(role);
            } else {
                global.add(role);
            }
        }));
        return new Actor(personId, global, unitRoles);
    }

    /** Every role Tavla assigns the person, wherever: the route guards' view ("an editor somewhere"). */
    public Set<Role> assignedRoles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        roles.values().forEach(all::addAll);
        return all;
    }
}
