package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the unit tree between HR imports: archive and restore a unit, move it (its history is kept), name its
 * leader. Administrators only.
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
