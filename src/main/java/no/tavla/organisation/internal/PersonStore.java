package no.tavla.organisation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.organisation.PersonDetails;
import no.tavla.organisation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The people's own rows: sign-in links, status, role assignments in force, and their details. */
@Repository
public class PersonStore {

    private final JdbcTemplate jdbc;

    PersonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person, the units they belong to and the roles they hold now (one statement). */
    public record Access(Long personId, boolean active, Set<Long> units, Map<Long, Set<Role>> roles) {
    }

    public Optional<Long> bySubject(String subject) {
        return first("SELECT id FROM person WHERE subject = ?", subject);
    }

    /** Someone HR listed who has not signed in yet, by employee number. */
    public Optional<Long> unlinkedByEmployeeNumber(String number) {
        return first("SELECT id FROM person WHERE employee_number = ? AND subject IS NULL", number);
    }

    /** Someone HR listed who has not signed in yet, by e-mail (any case). */
    public Optional<Long> unlinkedByEmail(String email) {
        return first("SELECT id FROM person WHERE LOWER(email) = ? AND subject IS NULL", email);
    }

    public void link(long personId, String subject, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        jdbc.update("UPDATE person SET subject = ?, updated_at = ? WHERE id = ? AND (subject IS NULL OR subject = ?)",
                subject, Timestamp.from(at), personId, subject);
    }

    /** A person HR has not listed (yet), made at their first sign-in. */
    public long createSignedIn(String subject, String employeeNumber, String email, String name, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        Timestamp now = Timestamp.from(at);
        jdbc.update("INSERT INTO person (subject, employee_number, email, name, status, has_work_computer,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'ACTIVE', true, ?, ?, 0)",
                subject, employeeNumber, email, name, now, now);
        return bySubject(subject).orElseThrow();
    }

    public boolean isActive(long personId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ? AND status = 'ACTIVE'",
                Integer.class, personId);
        return found != null && found > 0;
    }

    /** The person with this subject and their assignments in force, in one statement. */
    public Access access(String subject) {
        Long[] person = {null};
        boolean[] active = {false};
        Set<Long> units = new java.util.HashSet<>();
        Map<Long, Set<Role>> roles = new HashMap<>();
        // one row per assignment; the units (primary and memberships) ride along on each
        jdbc.query("SELECT p.id, p.status, r.role, r.unit_id, p.primary_unit_id, (SELECT GROUP_CONCAT(m.unit_id)"
                + " FROM person_membership m WHERE m.person_id = p.id) FROM person p LEFT JOIN role_assignment r"
                + " ON r.person_id = p.id AND r.revoked_at IS NULL WHERE p.subject = ?", rs -> {
                    person[0] = rs.getLong(1);
                    active[0] = "ACTIVE".equals(rs.getString(2));
                    String role = rs.getString(3);
                    if (role != null) {
                        long unit = rs.getLong(4);
                        roles.computeIfAbsent(rs.wasNull() ? 0L : unit, u -> EnumSet.noneOf(Role.class))
                                .add(Role.valueOf(role));
                    }
                    long primary = rs.getLong(5);
                    if (!rs.wasNull()) {
                        units.add(primary);
                    }
                    String others = rs.getString(6);
                    if (others != null && !others.isEmpty()) {
                        for (String unit : others.split(",")) {
                            units.add(Long.parseLong(unit));
                        }
                    }
                }, subject);
        return new Access(person[0], person[0] != null && active[0], units, roles);
    }

    /** Active role assignments by unit (0 for global roles). */
    public Map<Long, Set<Role>> roles(long personId) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.query("SELECT role, unit_id FROM role_assignment WHERE person_id = ? AND revoked_at IS NULL", rs -> {
            long unit = rs.getLong(2);
            roles.computeIfAbsent(rs.wasNull() ? 0L : unit, u -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(1)));
        }, personId);
        return roles;
    }

    public Optional<Long> primaryUnitOf(long personId) {
        return first("SELECT primary_unit_id FROM person WHERE id = ? AND primary_unit_id IS NOT NULL", personId);
    }

    /** Everything Tavla holds about a person. */
    public Optional<PersonDetails> details(long personId) {
        List<Long> others = jdbc.queryForList("SELECT unit_id FROM person_membership WHERE person_id = ?"
                + " ORDER BY unit_id", Long.class, personId);
        return jdbc.query("SELECT p.id, p.name, p.employee_number, p.email, p.title, p.primary_unit_id, u.name,"
                        + " p.phone, p.responsibilities, p.tags, p.has_work_computer, p.preferred_language, p.status"
                        + " FROM person p LEFT JOIN unit u ON u.id = p.primary_unit_id WHERE p.id = ?",
                (rs, row) -> new PersonDetails(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6), rs.getString(7), others,
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getString(12),
                        "ACTIVE".equals(rs.getString(13))),
                personId).stream().findFirst();
    }

    /** An administrator's change of a person, with their other units replaced. */
    public void update(long personId, String title, long primaryUnitId, String phone, String responsibilities,
                       String tags, boolean hasWorkComputer, boolean active, Set<Long> otherUnits, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        jdbc.update("UPDATE person SET title = ?, primary_unit_id = ?, phone = ?, responsibilities = ?, tags = ?,"
                        + " has_work_computer = ?, status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                title, primaryUnitId, phone, responsibilities, tags, hasWorkComputer, active ? "ACTIVE" : "LEFT",
                Timestamp.from(at), personId);
        jdbc.update("DELETE FROM person_membership WHERE person_id = ?", personId);
        for (Long unit : otherUnits) {
            jdbc.update("INSERT INTO person_membership (person_id, unit_id) VALUES (?, ?)", personId, unit);
        }
    }

    /** What everyone keeps up to date themselves. */
    public void updateOwn(long personId, String phone, String responsibilities, String tags, Instant at) {
        jdbc.update("UPDATE person SET phone = ?, responsibilities = ?, tags = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ?", phone, responsibilities, tags, Timestamp.from(at), personId);
    }

    private Optional<Long> first(String sql, Object... arguments) {
        return jdbc.queryForList(sql, Long.class, arguments).stream().findFirst();
    }
}
