package no.tavla.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.internal.UnitTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an audience holds: the whole municipality, or chosen units (with or without their sub-units), optionally only
 * those holding certain roles. Resolved from the organisation as it is now, so people who move units move with it.
 */
@Service
public class Audiences {

    /** How many people an audience holds, and how many of them have no work computer. */
    public record Size(int people, int withoutComputer) {
    }

    /** A person in an audience, for following up who has not confirmed. */
    public record Member(long personId, String name, Long unitId, String unitName, boolean hasWorkComputer) {
    }

    private final JdbcTemplate jdbc;
    private final UnitTree tree;

    Audiences(JdbcTemplate jdbc, UnitTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** The person's units: their primary unit and the others they belong to. */
    @Transactional(readOnly = true)
    public Set<Long> unitsOf(long personId) {
        Set<Long> units = new HashSet<>(jdbc.queryForList("SELECT primary_unit_id FROM person WHERE id = ?"
                + " AND primary_unit_id IS NOT NULL", Long.class, personId));
        units.addAll(jdbc.queryForList("SELECT unit_id FROM person_membership WHERE person_id = ?", Long.class,
                personId));
        return units;
    }

    /** The units and every unit above them: an audience "with sub-units" on any of these reaches the person. */
    @Transactional(readOnly = true)
    public Set<Long> withAncestors(Collection<Long> units) {
        UnitTree.Snapshot snapshot = tree.snapshot();
        Set<Long> all = new HashSet<>();
        units.forEach(unit -> all.addAll(snapshot.unitAndAncestors(unit)));
        return all;
    }

    /** The units and everything below them. */
    @Transactional(readOnly = true)
    public Set<Long> withSubUnits(Collection<Long> units) {
        return tree.snapshot().withDescendants(units);
    }

    /** The roles a person holds now (global ones and unit-scoped ones anywhere). */
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(long personId) {
        Set<Role> roles = new HashSet<>();
        jdbc.queryForList("SELECT DISTINCT role FROM role_assignment WHERE person_id = ? AND revoked_at IS NULL",
                String.class, personId).forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** How many active people the audience holds now. {@code units} are already expanded to their sub-units. */
    @Transactional(readOnly = true)
    public Size size(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        List<Object> arguments = new ArrayList<>();
        String where = where(wholeMunicipality, units, roles, arguments);
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN p.has_work_computer THEN 0 ELSE 1 END), 0)"
                + " FROM person p" + where, (rs, row) -> new Size(rs.getInt(1), rs.getInt(2)), arguments.toArray());
    }

    /** The audience's people, by name; {@code within} limits them to those units (null: no limit). */
    @Transactional(readOnly = true)
    public List<Member> members(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, Set<Long> within) {
        List<Object> arguments = new ArrayList<>();
        String where = where(wholeMunicipality, units, roles, arguments);
        if (within != null) {
            where += " AND p.primary_unit_id IN (" + in(within, arguments) + ")";
        }
        return jdbc.query("SELECT p.id, p.name, p.primary_unit_id, u.name, p.has_work_computer FROM person p"
                        + " LEFT JOIN unit u ON u.id = p.primary_unit_id" + where + " ORDER BY p.name, p.id",
                (rs, row) -> new Member(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getBoolean(5)),
                arguments.toArray());
    }

    private static String where(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" WHERE p.status = 'ACTIVE'");
        if (!wholeMunicipality) {
            String list = in(units, arguments);
            where.append(" AND (p.primary_unit_id IN (").append(list).append(") OR EXISTS (SELECT 1 FROM")
                    .append(" person_membership m WHERE m.person_id = p.id AND m.unit_id IN (")
                    .append(in(units, arguments)).append(")))");
        }
        if (!roles.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM role_assignment r WHERE r.person_id = p.id")
                    .append(" AND r.revoked_at IS NULL AND r.role IN (")
                    .append(in(roles.stream().map(Role::name).toList(), arguments)).append("))");
        }
        return where.toString();
    }

    /** Placeholders for the values (never empty SQL: an empty set matches nothing). */
    private static String in(Collection<?> values, List<Object> arguments) {
        if (values.isEmpty()) {
            arguments.add(-1L);
            return "?";
        }
        arguments.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
