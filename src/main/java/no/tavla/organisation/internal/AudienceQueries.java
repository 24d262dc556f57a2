package no.tavla.organisation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.Audiences;
import no.tavla.organisation.Recipients;
import no.tavla.organisation.Role;
import no.tavla.shared.Language;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who an audience holds, from the people's side: active people whose primary or other unit is among the audience's
 * units (already unfolded to sub-units), optionally only those holding one of the roles. The same rule read from the
 * items' side is the news module's audience condition; {@code AudienceRuleIT} holds the two to each other.
 */
@Repository
public class AudienceQueries {

    private final JdbcTemplate jdbc;

    AudienceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active people holding the role on each of the units, by unit. */
    public Map<Long, Set<Long>> holdersByUnit(Role role, Collection<Long> units) {
        Map<Long, Set<Long>> holders = new HashMap<>();
        if (units.isEmpty()) {
            return holders;
        }
        List<Object> arguments = new ArrayList<>(List.of(role.name()));
        String in = SqlList.in(units, arguments);
        jdbc.query("SELECT r.unit_id, r.person_id FROM role_assignment r JOIN person p ON p.id = r.person_id"
                + " WHERE r.revoked_at IS NULL AND p.status = 'ACTIVE' AND r.role = ? AND r.unit_id IN (" + in + ")",
                rs -> {
                    holders.computeIfAbsent(rs.getLong(1), u -> new java.util.LinkedHashSet<>()).add(rs.getLong(2));
                }, arguments.toArray());
        return holders;
    }

    public Set<Long> unitsOf(long personId) {
        Set<Long> units = new HashSet<>(jdbc.queryForList("SELECT primary_unit_id FROM person WHERE id = ?"
                + " AND primary_unit_id IS NOT NULL", Long.class, personId));
        units.addAll(jdbc.queryForList("SELECT unit_id FROM person_membership WHERE person_id = ?", Long.class,
                personId));
        return units;
    }

    public Set<Role> rolesOf(long personId) {
        Set<Role> roles = new HashSet<>();
        jdbc.queryForList("SELECT DISTINCT role FROM role_assignment WHERE person_id = ? AND revoked_at IS NULL",
                String.class, personId).forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    public Audiences.Size size(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        List<Object> arguments = new ArrayList<>();
        String where = where(wholeMunicipality, units, roles, arguments);
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN p.has_work_computer THEN 0 ELSE 1 END), 0)"
                + " FROM person p" + where, (rs, row) -> new Audiences.Size(rs.getInt(1), rs.getInt(2)),
                arguments.toArray());
    }

    public List<Audiences.Member> members(boolean wholeMunicipality, Set<Long> units, Set<Role> roles,
                                          Set<Long> within) {
        List<Object> arguments = new ArrayList<>();
        String where = where(wholeMunicipality, units, roles, arguments);
        if (within != null) {
            where += " AND p.primary_unit_id IN (" + SqlList.in(within, arguments) + ")";
        }
        return jdbc.query("SELECT p.id, p.name, p.primary_unit_id, u.name, p.has_work_computer FROM person p"
                        + " LEFT JOIN unit u ON u.id = p.primary_unit_id" + where + " ORDER BY p.name, p.id",
                (rs, row) -> new Audiences.Member(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getBoolean(5)),
                arguments.toArray());
    }

    public List<Recipients.Reach> reach(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        List<Object> arguments = new ArrayList<>();
        String where = where(wholeMunicipality, units, roles, arguments);
        return jdbc.query("SELECT p.id, p.email IS NOT NULL AND TRIM(p.email) <> '', p.has_work_computer, p.mobile"
                        + " FROM person p" + where + " ORDER BY p.id",
                (rs, row) -> new Recipients.Reach(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)),
                arguments.toArray());
    }

    /** Active people's addresses and language: their own choice (by sign-in subject), else HR's, else the default. */
    public java.util.Map<Long, Recipients.Recipient> contacts(java.util.Collection<Long> personIds) {
        java.util.Map<Long, Recipients.Recipient> contacts = new java.util.LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return contacts;
        }
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Object> arguments = new ArrayList<>();
            String in = SqlList.in(ids.subList(from, Math.min(ids.size(), from + 1000)), arguments);
            jdbc.query("SELECT p.id, p.name, p.email, COALESCE(lp.language_tag, p.preferred_language),"
                            + " p.has_work_computer, p.mobile FROM person p"
                            + " LEFT JOIN language_preference lp ON lp.subject = p.subject"
                            + " WHERE p.status = 'ACTIVE' AND p.id IN (" + in + ")",
                    (java.sql.ResultSet rs) -> {
                        String email = rs.getString(3);
                        contacts.put(rs.getLong(1), new Recipients.Recipient(rs.getLong(1), rs.getString(2),
                                email == null || email.isBlank() ? null : email.strip(),
                                Language.fromTag(rs.getString(4)).orElse(Language.DEFAULT), rs.getBoolean(5),
                                rs.getString(6)));
                    }, arguments.toArray());
        }
        return contacts;
    }

    private static String where(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" WHERE p.status = 'ACTIVE'");
        if (!wholeMunicipality) {
            where.append(" AND (p.primary_unit_id IN (").append(SqlList.in(units, arguments))
                    .append(") OR EXISTS (SELECT 1 FROM person_membership m WHERE m.person_id = p.id AND m.unit_id IN (")
                    .append(SqlList.in(units, arguments)).append(")))");
        }
        if (!roles.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM role_assignment r WHERE r.person_id = p.id")
                    .append(" AND r.revoked_at IS NULL AND r.role IN (")
                    .append(SqlList.in(roles.stream().map(Role::name).toList(), arguments)).append("))");
        }
        return where.toString();
    }
}
