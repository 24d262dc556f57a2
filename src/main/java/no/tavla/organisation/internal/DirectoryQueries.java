package no.tavla.organisation.internal;

import java.util.ArrayList;
import java.util.List;

import no.tavla.organisation.PeopleFilter;
import no.tavla.organisation.PersonRow;
import no.tavla.organisation.PersonSight;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The people administration's list, a page at a time (quick with 50,000 people), each row as much as the reader may
 * see of that person (decision 0011).
 */
@Repository
public class DirectoryQueries {

    private final JdbcTemplate jdbc;

    DirectoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonRow> find(PeopleFilter filter, PersonSight sight, int offset, int limit) {
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

    public int count(PeopleFilter filter, PersonSight sight) {
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
            where.append(" AND (p.status = 'ACTIVE' OR p.primary_unit_id IN (").append(SqlList.in(sight.ownStaffUnits(),
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
                where.append(" AND p.primary_unit_id IN (").append(SqlList.in(sight.ownStaffUnits(), arguments)).append(")");
            }
        }
        return where.toString();
    }
}
