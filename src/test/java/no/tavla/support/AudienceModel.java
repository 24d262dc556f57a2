package no.tavla.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audience rule written from the issues alone, for the property tests (the feed's embargo, search): a unit tree,
 * readers in it, and whether an audience reaches a reader. The tests compare what Tavla answers with this.
 */
public final class AudienceModel {

    /** A reader: their units (primary and extra) and whether they are a manager. */
    public record Reader(String subject, Set<Long> units, boolean manager) {
    }

    private final TestOrganisation org;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<Long, Long> parents = new HashMap<>();

    public AudienceModel(TestOrganisation org) {
        this.org = org;
    }

    /** A unit under a unit made before (null: a top unit). */
    public long unit(String code, String parent) {
        long id = org.unit(code, parent);
        units.put(code, id);
        parents.put(id, parent == null ? null : units.get(parent));
        return id;
    }

    public long unitId(String code) {
        return units.get(code);
    }

    /** A person in a unit (and another, if given), a manager there or not. */
    public Reader reader(String name, String unit, String extra, boolean manager) {
        TestOrganisation.Person person = org.person(name, unit);
        Set<Long> own = new HashSet<>(Set.of(units.get(unit)));
        if (extra != null) {
            person.alsoIn(extra);
            own.add(units.get(extra));
        }
        if (manager) {
            person.role("MANAGER", unit);
        }
        return new Reader(person.subject(), own, manager);
    }

    /**
     * Whether an audience reaches the reader: the whole municipality, or one of its units (each {@code {unitId,
     * 1 with the units below or 0}}) is one of the reader's or, with the units below, above one of them; and if it is
     * for managers only, the reader is one.
     */
    public boolean reaches(Reader reader, boolean whole, List<long[]> audience, boolean managersOnly) {
        Set<Long> above = new HashSet<>();
        for (Long unit : reader.units()) {
            for (Long u = unit; u != null; u = parents.get(u)) {
                above.add(u);
            }
        }
        boolean reached = whole || audience.stream().anyMatch(a -> reader.units().contains(a[0])
                || (a[1] == 1 && above.contains(a[0])));
        return reached && (!managersOnly || reader.manager());
    }
}
