package no.tavla.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.internal.SearchDirectoryStore;
import no.tavla.organisation.internal.UnitTree;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The directory for the search module: the words to find people and units by (for its index), and the hits as
 * anyone signed in sees them on the unit pages, "who does what" with how to reach them (decision 0011's directory
 * level: no employee number, nothing about a work computer). People who have left and archived units are not found.
 */
@Service
public class SearchableDirectory {

    /** The words a person is found by: name, title, unit, responsibilities and tags. */
    public record PersonWords(long id, boolean active, String name, String title, String unitName,
                              String responsibilities, String tags) {
    }

    /** The words a unit is found by: its name, what it does, the unit above. */
    public record UnitWords(long id, boolean active, String name, String description, String parentName) {
    }

    /** A person found: who they are, what they do, how to reach them and their unit. */
    public record PersonEntry(long id, String name, String title, String responsibilities, String tags, String email,
                              String phone, String unitCode, String unitName, UnitContact unitContact) {
    }

    /** A unit found, with its contact details. */
    public record UnitEntry(long id, String code, String name, UnitType type, String description,
                            UnitContact contact, String parentName) {
    }

    private final SearchDirectoryStore store;
    private final UnitTree tree;
    private final People people;

    SearchableDirectory(SearchDirectoryStore store, UnitTree tree, People people) {
        this.store = store;
        this.tree = tree;
        this.people = people;
    }

    /** For the index: people by id, after this one. */
    public List<PersonWords> peopleAfter(long afterId, int limit) {
        return store.people(afterId, limit);
    }

    /** For the index: people changed since the instant (left ones too, to take them out). */
    public List<PersonWords> peopleChangedSince(Instant since) {
        return store.peopleChangedSince(since);
    }

    /** For the index: units by id, after this one. */
    public List<UnitWords> unitsAfter(long afterId, int limit) {
        return store.units(afterId, limit);
    }

    /** For the index: units changed since the instant. */
    public List<UnitWords> unitsChangedSince(Instant since) {
        return store.unitsChangedSince(since);
    }

    /** How many people and units there are, to tell a rebuild's progress. */
    public int size() {
        return store.count();
    }

    /** Those of the people found who work here now, for someone signed in. */
    public List<PersonEntry> peopleFound(Collection<Long> ids) {
        requireSignedIn();
        return store.activePeople(ids);
    }

    /** Those of the units found that are active, for someone signed in. */
    public List<UnitEntry> unitsFound(Collection<Long> ids) {
        requireSignedIn();
        return store.activeUnits(ids);
    }

    /** The unit and every unit below it, for a search within a unit. */
    public Set<Long> unitAndBelow(long unitId) {
        requireSignedIn();
        return tree.snapshot().withDescendants(List.of(unitId));
    }

    private void requireSignedIn() {
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("The directory is for people signed in");
        }
    }
}
