package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import no.tavla.organisation.internal.ImportReading;
import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit-tree editor's changes between HR imports: create a unit, rename it or change its type, archive and restore
 * it, move it (its history is kept), name its leader. Administrators only. A unit's code links it to HR and does not
 * change once made.
 */
@Service
public class UnitAdministration {

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final UnitTree tree;
    private final CurrentActor current;
    private final Clock clock;

    UnitAdministration(JdbcTemplate jdbc, AccessPolicy policy, UnitTree tree, CurrentActor current,
                       Clock clock) {
        this.jdbc = jdbc;
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
        Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE UPPER(code) = UPPER(?)", Integer.class,
                trimmedCode);
        if (taken != null && taken > 0) {
            throw new Refusal("unit.admin.code.taken", trimmedCode);
        }
        if (parentId != null) {
            UnitTree.Node parent = tree.snapshot().unit(parentId).orElseThrow(() -> new Refusal("unit.admin.unknown"));
            if (!parent.active()) {
                throw new Refusal("unit.admin.parent.archived");
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO unit (code, name, type, parent_id, status, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0)", trimmedCode, trimmedName, type.name(), parentId, now, now);
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, trimmedCode);
    }

    /** Gives a unit a new name and type; the next HR import may set them again if its file lists the unit. */
    @Transactional
    public void rename(long unitId, String name, UnitType type) {
        policy.requireAnywhere(Action.ADMINISTER);
        String trimmedName = checkedName(name);
        if (type == null) {
            throw new Refusal("unit.admin.type.required");
        }
        if (jdbc.update("UPDATE unit SET name = ?, type = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                trimmedName, type.name(), Timestamp.from(clock.instant()), unitId) == 0) {
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
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE unit SET parent_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                newParentId, now, unitId);
        jdbc.update("INSERT INTO unit_move (unit_id, from_parent_id, to_parent_id, moved_at, moved_by)"
                + " VALUES (?, ?, ?, ?, ?)", unitId, unit.parentId(), newParentId, now, current.nameOrSystem());
    }

    /** Names the unit's leader (an active person), or clears it with null. */
    @Transactional
    public void setLeader(long unitId, Long personId) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (tree.snapshot().unit(unitId).isEmpty()) {
            throw new Refusal("unit.admin.unknown");
        }
        if (personId != null) {
            Integer active = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ? AND status = 'ACTIVE'",
                    Integer.class, personId);
            if (active == null || active == 0) {
                throw new Refusal("roles.person.unknown");
            }
        }
        jdbc.update("UPDATE unit SET leader_id = ?, updated_at = ?, version = version + 1 WHERE id = ?", personId,
                Timestamp.from(clock.instant()), unitId);
    }

    private void setStatus(long unitId, String status) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (jdbc.update("UPDATE unit SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?", status,
                Timestamp.from(clock.instant()), unitId) == 0) {
            throw new Refusal("unit.admin.unknown");
        }
    }
}
