package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role, given and taken back by administrators, with a trail of who did it, when and why. Nothing is
 * ever deleted: a revoked role stays in the trail.
 */
@Service
public class RoleAssignments {

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final CurrentActor current;
    private final Clock clock;

    RoleAssignments(JdbcTemplate jdbc, AccessPolicy policy, CurrentActor current, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.current = current;
        this.clock = clock;
    }

    /** Gives a role; giving one the person already holds there changes nothing and returns that assignment. */
    @Transactional
    public long grant(long personId, Role role, Long unitId, String reason) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (role == null) {
            throw new Refusal("roles.role.required");
        }
        if (!exists("SELECT COUNT(*) FROM person WHERE id = ? AND status = 'ACTIVE'", personId)) {
            throw new Refusal("roles.person.unknown");
        }
        if (role.unitScoped() && unitId == null) {
            throw new Refusal("roles.unit.required");
        }
        if (!role.unitScoped() && unitId != null) {
            throw new Refusal("roles.unit.not-allowed");
        }
        if (unitId != null && !exists("SELECT COUNT(*) FROM unit WHERE id = ? AND status = 'ACTIVE'", unitId)) {
            throw new Refusal("roles.unit.unknown");
        }
        if (reason != null && reason.length() > 500) {
            throw new Refusal("roles.reason.too-long", 500);
        }
        Optional<Long> held = jdbc.queryForList("SELECT id FROM role_assignment WHERE person_id = ? AND role = ?"
                        + " AND unit_id <=> ? AND revoked_at IS NULL", Long.class, personId, role.name(), unitId)
                .stream().findFirst();
        if (held.isPresent()) {
            return held.get();
        }
        jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", personId, role.name(), unitId, current.nameOrSystem(),
                Timestamp.from(clock.instant()), reason == null || reason.isBlank() ? null : reason.trim());
        return jdbc.queryForObject("SELECT MAX(id) FROM role_assignment WHERE person_id = ? AND role = ?",
                Long.class, personId, role.name());
    }

    /** Takes a role back; it stays in the trail. */
    @Transactional
    public void revoke(long assignmentId) {
        policy.requireAnywhere(Action.ADMINISTER);
        int changed = jdbc.update("UPDATE role_assignment SET revoked_by = ?, revoked_at = ? WHERE id = ?"
                + " AND revoked_at IS NULL", current.nameOrSystem(), Timestamp.from(clock.instant()), assignmentId);
        if (changed == 0) {
            throw new Refusal("roles.assignment.unknown");
        }
    }

    /** Every role the person holds or held, newest first. Administrators, managers and communications may look. */
    @Transactional(readOnly = true)
    public List<RoleGrant> trail(long personId) {
        policy.requireAnywhere(Action.VIEW_ADMINISTRATION);
        return jdbc.query("SELECT r.id, r.role, r.unit_id, u.name, r.granted_by, r.granted_at, r.reason,"
                        + " r.revoked_by, r.revoked_at FROM role_assignment r LEFT JOIN unit u ON u.id = r.unit_id"
                        + " WHERE r.person_id = ? ORDER BY r.granted_at DESC, r.id DESC",
                (rs, row) -> new RoleGrant(rs.getLong(1), Role.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()),
                personId);
    }

    private boolean exists(String sql, Object argument) {
        Integer count = jdbc.queryForObject(sql, Integer.class, argument);
        return count != null && count > 0;
    }
}
