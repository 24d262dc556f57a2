package no.tavla.organisation;

import java.util.Set;

/**
 * Where a person belongs, as an audience asks about them: their units (primary and others), those units with every
 * unit above them (an audience "with sub-units" on any of these reaches them), and the roles Tavla has assigned them.
 * Read once per request.
 */
public record Membership(long personId, Set<Long> units, Set<Long> unitsAndAbove, Set<Role> roles) {

    public Membership {
        units = Set.copyOf(units);
        unitsAndAbove = Set.copyOf(unitsAndAbove);
        roles = Set.copyOf(roles);
    }

    /**
     * Anyone in these units, holding no particular role: what a staff-room screen or a manager following up their
     * units asks about. {@code unitsAndAbove} holds the units and every unit above them.
     */
    public static Membership ofUnits(Set<Long> units, Set<Long> unitsAndAbove) {
        return new Membership(0, units, unitsAndAbove, Set.of());
    }
}
