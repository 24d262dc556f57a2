package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import no.tavla.organisation.internal.ImportReading;
import no.tavla.organisation.internal.PersonStore;
import no.tavla.organisation.internal.UnitStore;
import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit-tree editor's changes between HR imports: create a unit, rename it or change its type, archive and restore
 * it, move it (its history is kept), name its leader. Administrators only. A unit's code links it to HR and does not
 * change once made.
 */
@Service
public class UnitAdministration {

    private final UnitStore store;
    private final PersonStore persons;
    private final AccessPolicy policy;
    private final UnitTree tree;
    private final CurrentActor current;
    private final Clock clock;

    UnitAdministration(UnitStore store, PersonStore persons, AccessPolicy policy, UnitTree tree, CurrentActor current,
                       Clock clock) {
        this.store = store;
        this.persons = persons;
        this.policy = policy;
        this.tree = tree;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Creates a unit under a parent (or at the top with null).
     *
     * @return the new unit's id
     */
    @Transactional
    public long create(String code, String name, UnitType type, Long parentId) {
        policy.requireAnywhere(Action.ADMINISTER);
        String trimmedCode = code == null ? "" : code.strip();
        if (trimmedCode.isEmpty()) {
            throw new Refusal("unit.admin.code.required");
        }
        if (!ImportReading.isValidCode(trimmedCode)) {
            throw new Refusal("unit.admin.code.invalid");
        }
        String trimmedName = checkedName(name);
        if (type == null) {
            throw new Refusal("unit.admin.type.required");
        }
        if (store.codeTaken(trimmedCode)) {
            throw new Refusal("unit.admin.code.taken", trimmedCode);
        }
        if (parentId != null) {
            UnitTree.Node parent = tree.snapshot().unit(parentId).orElseThrow(() -> new Refusal("unit.admin.unknown"));
            if (!parent.active()) {
                throw new Refusal("unit.admin.parent.archived");
            }
        }
        return store.create(trimmedCode, trimmedName, type, parentId, clock.instant());
    }

    /** Gives a unit a new name and type; the next HR import may set them again if its file lists the unit. */
    @Transactional
    public void rename(long unitId, String name, UnitType type) {
        policy.requireAnywhere(Action.ADMINISTER);
        String trimmedName = checkedName(name);
        if (type == null) {
            throw new Refusal("unit.admin.type.required");
        }
        if (!store.rename(unitId, trimmedName, type, clock.instant())) {
            throw new Refusal("unit.admin.unknown");
        }
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new Refusal("unit.admin.name.required");
        }
        if (trimmed.length() > 200) {
            throw new Refusal("unit.admin.name.too-long", 200);
        }
        return trimmed;
    }

    /** Archived units stay readable and take no new content. */
    @Transactional
    public void archive(long unitId) {
        setStatus(unitId, "ARCHIVED");
    }

    @Transactional
    public void restore(long unitId) {
        setStatus(unitId, "ACTIVE");
    }

    /** Moves a unit under another (or to the top with null); refused if the new parent lies below the unit. */
    @Transactional
    public void move(long unitId, Long newParentId) {
        policy.requireAnywhere(Action.ADMINISTER);
        UnitTree.Snapshot units = tree.snapshot();
        UnitTree.Node unit = units.unit(unitId).orElseThrow(() -> new Refusal("unit.admin.unknown"));
        if (newParentId != null) {
            if (units.unit(newParentId).isEmpty()) {
                throw new Refusal("unit.admin.unknown");
            }
            List<Long> aboveNewParent = units.unitAndAncestors(newParentId);
            if (aboveNewParent.contains(unitId)) {
                throw new Refusal("unit.admin.move.circle");
            }
        }
        if (java.util.Objects.equals(unit.parentId(), newParentId)) {
            return;
        }
        store.move(unitId, unit.parentId(), newParentId, clock.instant(), current.nameOrSystem());
    }

    /** Names the unit's leader (an active person), or clears it with null. */
    @Transactional
    public void setLeader(long unitId, Long personId) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (tree.snapshot().unit(unitId).isEmpty()) {
            throw new Refusal("unit.admin.unknown");
        }
        if (personId != null && !persons.isActive(personId)) {
            throw new Refusal("roles.person.unknown");
        }
        store.setLeader(unitId, personId, clock.instant());
    }

    private void setStatus(long unitId, String status) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (!store.setStatus(unitId, status, clock.instant())) {
            throw new Refusal("unit.admin.unknown");
        }
    }
}
