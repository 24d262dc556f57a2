package no.tavla.organisation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.organisation.Role;
import no.tavla.organisation.RoleGrant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Role assignments and their trail: nothing is deleted, a revoked role keeps who gave and took it. */
@Repository
public class RoleStore {

    private final JdbcTemplate jdbc;

    RoleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean activePerson(long personId) {
        return exists("SELECT COUNT(*) FROM person WHERE id = ? AND status = 'ACTIVE'", personId);
    }

    public boolean activeUnit(long unitId) {
        return exists("SELECT COUNT(*) FROM unit WHERE id = ? AND status = 'ACTIVE'", unitId);
    }

    /** The assignment in force for this person, role and unit (null: a global role), if any. */
    public Optional<Long> held(long personId, Role role, Long unitId) {
        return jdbc.queryForList("SELECT id FROM role_assignment WHERE person_id = ? AND role = ?"
                + " AND unit_id <=> ? AND revoked_at IS NULL", Long.class, personId, role.name(), unitId)
                .stream().findFirst();
    }

    public long grant(long personId, Role role, Long unitId, String by, Instant at, String reason) {
        no.tavla.shared.RequestMemo.forget();
        jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)", personId, role.name(), unitId, by, Timestamp.from(at), reason);
        return jdbc.queryForObject("SELECT MAX(id) FROM role_assignment WHERE person_id = ? AND role = ?",
                Long.class, personId, role.name());
    }

    /** @return whether an assignment in force was taken back */
    public boolean revoke(long assignmentId, String by, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        return jdbc.update("UPDATE role_assignment SET revoked_by = ?, revoked_at = ? WHERE id = ?"
                + " AND revoked_at IS NULL", by, Timestamp.from(at), assignmentId) > 0;
    }

    /** Every role the person holds or held, newest first. */
    public List<RoleGrant> trail(long personId) {
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
