package no.tavla.reach.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import no.tavla.reach.Notices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The batches of notices printed for each unit, and which items each held. */
@Repository
public class PrintStore {

    private final JdbcTemplate jdbc;

    PrintStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long unitId, Instant at, String actor, Instant coveredFrom, List<Long> items) {
        jdbc.update("INSERT INTO reach_print (unit_id, printed_at, printed_by, covered_from) VALUES (?, ?, ?, ?)",
                unitId, Timestamp.from(at), actor, Timestamp.from(coveredFrom));
        long printId = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.batchUpdate("INSERT INTO reach_print_item (print_id, item_id) VALUES (?, ?)",
                items.stream().map(item -> new Object[] {printId, item}).toList());
    }

    /** The unit's latest batches, newest first. */
    public List<Notices.Printed> last(long unitId, int limit) {
        return jdbc.query("SELECT p.printed_at, p.printed_by, p.covered_from, (SELECT COUNT(*) FROM reach_print_item i"
                        + " WHERE i.print_id = p.id) FROM reach_print p WHERE p.unit_id = ? ORDER BY p.printed_at DESC,"
                        + " p.id DESC LIMIT ?",
                (rs, row) -> new Notices.Printed(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4)), unitId, limit);
    }
}
