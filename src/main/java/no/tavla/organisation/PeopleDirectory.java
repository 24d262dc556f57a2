package no.tavla.organisation;

import java.util.ArrayList;
import java.util.List;

import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people list of the administration, one page at a time so it stays quick with 50,000 people. Administrators,
 * managers and communications may look.
 */
@Service
public class PeopleDirectory {

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final People people;

    PeopleDirectory(JdbcTemplate jdbc, AccessPolicy policy, People people) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
    }

    /** What the signed-in person sees of people (decision 0011), for the view to offer the right filters. */
    @Transactional(readOnly = true)
    public PersonSight sight() {
        return policy.personSight(people.currentActor());
    }

    @Transactional(readOnly = true)
    public List<PersonRow> find(PeopleFilter filter, int offset, int limit) {
        PersonSight sight = requireLook(filter);
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, sight, arguments);
        arguments.add(Math.max(1, Math.min(limit, 500)));
        arguments.add(Math.max(0, offset));
        return jdbc.query("SELECT p.id, p.name, p.employee_number, p.title, u.name, p.email, p.has_work_computer,"
                        + " p.status, p.primary_unit_id FROM person p LEFT JOIN unit u ON u.id = p.primary_unit_id"
                        + where + " ORDER BY p.name, p.id LIMIT ? OFFSET ?",
                (rs, row) -> {
                    PersonSight.PersonView view = sight.of(rs.getLong(1), rs.getObject(9, Long.class));
                    return new PersonRow(rs.getLong(1), rs.getString(2),
                            view.employeeNumber() ? rs.getString(3) : null, rs.getString(4), rs.getString(5),
                            rs.getString(6), view.staffDetails() ? rs.getBoolean(7) : null,
                            "ACTIVE".equals(rs.getString(8)));
                },
                arguments.toArray());
    }

    @Transactional(readOnly = true)
    public int count(PeopleFilter filter) {
        PersonSight sight = requireLook(filter);
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, sight, arguments);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM person p" + where, Integer.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    private static String where(PeopleFilter filter, PersonSight sight, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!filter.includeLeft()) {
            where.append(" AND p.status = 'ACTIVE'");
        } else if (!sight.administrator()) {
            // people who left: only one's own staff
            where.append(" AND (p.status = 'ACTIVE' OR p.primary_unit_id IN (").append(in(sight.ownStaffUnits(),
                    arguments)).append("))");
        }
        if (!filter.text().isEmpty()) {
            String like = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (sight.administrator()) {
                where.append(" AND (p.name LIKE ? OR p.email LIKE ? OR p.employee_number = ?)");
                arguments.add(like);
                arguments.add(like);
                arguments.add(filter.text());
            } else {
                where.append(" AND (p.name LIKE ? OR p.email LIKE ?)");
                arguments.add(like);
                arguments.add(like);
            }
        }
        if (filter.unitId() != null) {
            // the unit and everything below it
            where.append(" AND p.primary_unit_id IN (WITH RECURSIVE below (id) AS (SELECT id FROM unit WHERE id = ?"
                    + " UNION ALL SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)");
            arguments.add(filter.unitId());
        }
        if (filter.role() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM role_assignment r WHERE r.person_id = p.id AND r.role = ?"
                    + " AND r.revoked_at IS NULL)");
            arguments.add(filter.role().name());
        }
        if (filter.hasComputer() != null) {
            where.append(" AND p.has_work_computer = ?");
            arguments.add(filter.hasComputer());
            if (!sight.administrator()) {
                // who has a work computer is told only of one's own staff
                where.append(" AND p.primary_unit_id IN (").append(in(sight.ownStaffUnits(), arguments)).append(")");
            }
        }
        return where.toString();
    }

    private PersonSight requireLook(PeopleFilter filter) {
        if (filter.text().length() > 100) {
            throw new Refusal("people.search.too-long", 100);
        }
        policy.requireAnywhere(Action.VIEW_ADMINISTRATION);
        return sight();
    }

    private static String in(java.util.Collection<Long> values, List<Object> arguments) {
        if (values.isEmpty()) {
            arguments.add(-1L);
            return "?";
        }
        arguments.addAll(values);
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }
}
