package no.tavla.reach.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What each must-read deadline has set off: one row per deadline and step, claimed by inserting it. */
@Repository
public class DeadlineStore {

    private final JdbcTemplate jdbc;

    DeadlineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this run claimed the step (no other instance, and no earlier run, has done it) */
    public boolean claim(long itemId, Instant confirmBy, String step, Instant now) {
        return jdbc.update("INSERT IGNORE INTO reach_deadline_step (item_id, confirm_by, step, people, done_at)"
                + " VALUES (?, ?, ?, 0, ?)", itemId, Timestamp.from(confirmBy), step, Timestamp.from(now)) == 1;
    }

    /** A step done: when, and how many it told. */
    public record Step(String step, Instant doneAt, int people) {
    }

    /** The steps done for the item's deadline as it is now, in the order they were done. */
    public java.util.List<Step> steps(long itemId, Instant confirmBy) {
        return jdbc.query("SELECT step, done_at, people FROM reach_deadline_step WHERE item_id = ? AND confirm_by = ?"
                        + " ORDER BY done_at, step", (rs, row) -> new Step(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getInt(3)), itemId, Timestamp.from(confirmBy));
    }

    /** How many people the step told (for the reach page and the log). */
    public void told(long itemId, Instant confirmBy, String step, int people) {
        jdbc.update("UPDATE reach_deadline_step SET people = ? WHERE item_id = ? AND confirm_by = ? AND step = ?",
                people, itemId, Timestamp.from(confirmBy), step);
    }
}
