package no.tavla.news.internal;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.Audiences;
import no.tavla.organisation.ItemScope;

/** How an item's audience unfolds into units. */
public final class NewsRules {

    private NewsRules() {
    }

    /** What the access policy needs to know of the item, at this instant. */
    public static ItemScope scope(Item item, Audiences audiences, java.time.Instant now) {
        Set<Long> chosen = new HashSet<>();
        item.audience().units().forEach(u -> chosen.add(u.unitId()));
        Set<Long> reached = item.audience().wholeMunicipality() ? Set.of() : expand(item.audience(), audiences);
        return new ItemScope(item.authorId(), item.unitId(), item.audience().wholeMunicipality(), chosen, reached,
                item.externalRelease(), item.isOut(now));
    }

    /** The audience's units, each with its sub-units when chosen so. */
    public static Set<Long> expand(Audience audience, Audiences audiences) {
        Set<Long> units = new HashSet<>();
        List<Long> withSub = audience.units().stream().filter(AudienceUnit::includeSubUnits)
                .map(AudienceUnit::unitId).toList();
        units.addAll(audiences.withSubUnits(withSub));
        audience.units().stream().filter(u -> !u.includeSubUnits()).forEach(u -> units.add(u.unitId()));
        return units;
    }
}
