package no.tavla.news;

import java.util.List;
import java.util.Set;

import no.tavla.organisation.Role;

/**
 * Who an item is for: the whole municipality, or chosen units, optionally narrowed to people holding some roles.
 *
 * @param roles empty for everyone in the units; else only those holding one of these roles
 */
public record Audience(boolean wholeMunicipality, List<AudienceUnit> units, Set<Role> roles) {

    public Audience {
        units = units == null ? List.of() : List.copyOf(units);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Audience everyone() {
        return new Audience(true, List.of(), Set.of());
    }

    public static Audience units(AudienceUnit... units) {
        return new Audience(false, List.of(units), Set.of());
    }

    public boolean isEmpty() {
        return !wholeMunicipality && units.isEmpty();
    }
}
