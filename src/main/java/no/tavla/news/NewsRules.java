package no.tavla.news;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.Audiences;

/** How an item's audience unfolds into units. */
final class NewsRules {

    private NewsRules() {
    }

    /** The audience's units, each with its sub-units when chosen so. */
    static Set<Long> expand(Audience audience, Audiences audiences) {
        Set<Long> units = new HashSet<>();
        List<Long> withSub = audience.units().stream().filter(AudienceUnit::includeSubUnits)
                .map(AudienceUnit::unitId).toList();
        units.addAll(audiences.withSubUnits(withSub));
        audience.units().stream().filter(u -> !u.includeSubUnits()).forEach(u -> units.add(u.unitId()));
        return units;
    }
}
