package no.tavla.reach.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.tavla.reach.Channel;
import no.tavla.reach.Meeting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Confirmations off screen (on paper, in a meeting) per item, person and round, and the meetings recorded. */
@Repository
public class ConfirmationStore {

    /** An off-screen confirmation on record. */
    public record Offline(Channel channel, LocalDate on) {
    }

    private final JdbcTemplate jdbc;

    ConfirmationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The off-screen confirmations of this round, by person. */
    public Map<Long, Offline> offline(long itemId, int round) {
        Map<Long, Offline> offline = new HashMap<>();
        jdbc.query("SELECT person_id, channel, confirmed_on FROM reach_confirmation WHERE item_id = ?"
                        + " AND confirm_round = ?",
                rs -> {
                    offline.put(rs.getLong(1), new Offline(Channel.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate()));
                }, itemId, round);
        return offline;
    }

    /** Records (or replaces) the person's confirmation of the item. */
    public void record(long item, long person, Channel channel, int round, LocalDate on, Long meeting, String actor,
                       Instant at) {
        jdbc.update("INSERT INTO reach_confirmation (item_id, person_id, channel, confirm_round, confirmed_on,"
                        + " meeting_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY"
                        + " UPDATE channel = VALUES(channel), confirm_round = VALUES(confirm_round), confirmed_on ="
                        + " VALUES(confirmed_on), meeting_id = VALUES(meeting_id), recorded_by = VALUES(recorded_by),"
                        + " recorded_at = VALUES(recorded_at)",
                item, person, channel.name(), round, Date.valueOf(on), meeting, actor, Timestamp.from(at));
    }

    /** Takes back a confirmation on paper. @return how many were taken back (0 or 1) */
    public int takeBackPaper(long item, long person) {
        return jdbc.update("DELETE FROM reach_confirmation WHERE item_id = ? AND person_id = ? AND channel = 'PAPER'",
                item, person);
    }

    /** @return the meeting's id */
    public long addMeeting(long itemId, LocalDate heldOn, String note, String actor, Instant at) {
        jdbc.update("INSERT INTO reach_meeting (item_id, held_on, note, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", itemId, Date.valueOf(heldOn), note, actor, Timestamp.from(at));
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** The item's meetings with how many were recorded at each, newest first. */
    public List<Meeting> meetings(long itemId) {
        return jdbc.query("SELECT m.id, m.held_on, m.note, m.recorded_by, m.recorded_at, (SELECT COUNT(*) FROM"
                        + " reach_confirmation c WHERE c.meeting_id = m.id) FROM reach_meeting m WHERE m.item_id = ?"
                        + " ORDER BY m.held_on DESC, m.id DESC",
                (rs, row) -> new Meeting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6)), itemId);
    }

    /** Deletes confirmations recorded before the instant (one statement). */
    public int deleteRecordedBefore(Instant before) {
        return jdbc.update("DELETE FROM reach_confirmation WHERE recorded_at < ?", Timestamp.from(before));
    }
}
