package no.tavla.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.tavla.crisis.CrisisMessages;
import no.tavla.notifications.NotificationChannel;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A crisis's SMS and e-mails (one row per part, person and channel: once), claimed for sending as the outbox's rows
 * are (decision 0018), but apart from them: a digest of thousands waiting in the outbox never holds a crisis up.
 */
@Repository
public class CrisisMessageStore {

    /** A claimed message, to be sent now by the run that claimed it. */
    public record Pending(long id, long crisisId, CrisisMessages.Part part, long updateId, long personId,
                          NotificationChannel channel, int attempts, Instant createdAt) {
    }

    /** What the sender did with one message. */
    public record Outcome(long id, String status, String reference, Integer costUnits, String reason, Instant dueAt) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    CrisisMessageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the part's message on the channel for these people, due now. @return how many were new */
    public int enqueue(long crisisId, CrisisMessages.Part part, long updateId, Collection<Long> personIds,
                       NotificationChannel channel, Instant now) {
        int added = 0;
        List<Object[]> rows = new ArrayList<>();
        for (long personId : personIds) {
            rows.add(new Object[] {crisisId, part.name(), updateId, personId, channel.name(), Timestamp.from(now),
                    Timestamp.from(now)});
            if (rows.size() == BATCH) {
                added += insert(rows);
                rows.clear();
            }
        }
        return rows.isEmpty() ? added : added + insert(rows);
    }

    private int insert(List<Object[]> rows) {
        int added = 0;
        for (int count : jdbc.batchUpdate("INSERT IGNORE INTO crisis_message (crisis_id, part, update_id, person_id,"
                + " channel, status, attempts, due_at, created_at) VALUES (?, ?, ?, ?, ?, 'WAITING', 0, ?, ?)", rows)) {
            added += count > 0 ? count : count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
        }
        return added;
    }

    /**
     * Claims up to {@code limit} messages on the channel that are due, oldest first, for the sender named
     * {@code claimer}: picked along the index without locking, then claimed by their keys if still waiting.
     */
    public List<Pending> claim(String claimer, NotificationChannel channel, Instant now, int limit) {
        List<Long> due = jdbc.queryForList("SELECT id FROM crisis_message WHERE status = 'WAITING' AND channel = ? AND"
                + " due_at <= ? ORDER BY due_at, id LIMIT ?", Long.class, channel.name(), Timestamp.from(now), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(claimer, Timestamp.from(now)));
        String in = SqlList.in(due, arguments);
        int claimed = jdbc.update("UPDATE crisis_message SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE"
                + " id IN (" + in + ") AND status = 'WAITING'", arguments.toArray());
        return claimed == 0 ? List.of() : jdbc.query("SELECT id, crisis_id, part, update_id, person_id, channel,"
                        + " attempts, created_at FROM crisis_message WHERE claimed_by = ? AND status = 'SENDING' ORDER BY"
                        + " id", (rs, row) -> new Pending(rs.getLong(1), rs.getLong(2),
                        CrisisMessages.Part.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                        NotificationChannel.valueOf(rs.getString(6)), rs.getInt(7), rs.getTimestamp(8).toInstant()),
                claimer);
    }

    /**
     * Records what the sender did with its claimed messages, in one round trip: {@code SENT}, {@code SKIPPED} and
     * {@code FAILED} settle a message, {@code WAITING} puts it back for another try at its {@code dueAt}.
     */
    public void settle(String claimer, Collection<Outcome> outcomes, Instant now) {
        if (outcomes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE crisis_message SET status = ?, attempts = attempts + ?, sent_at = ?, reference = ?,"
                        + " cost_units = ?, last_error = ?, due_at = COALESCE(?, due_at), claimed_by = NULL WHERE id = ?"
                        + " AND claimed_by = ? AND status = 'SENDING'",
                outcomes.stream().map(outcome -> new Object[] {outcome.status(),
                        "SKIPPED".equals(outcome.status()) ? 0 : 1,
                        "SENT".equals(outcome.status()) ? Timestamp.from(now) : null, outcome.reference(),
                        outcome.costUnits(), outcome.reason() == null ? null : truncate(outcome.reason()),
                        outcome.dueAt() == null ? null : Timestamp.from(outcome.dueAt()), outcome.id(), claimer})
                        .toList());
    }

    /** Claims left by a run that never finished them go back to waiting (one may arrive twice; none is lost). */
    public int releaseStale(Instant claimedBefore) {
        return jdbc.update("UPDATE crisis_message SET status = 'WAITING', claimed_by = NULL WHERE status = 'SENDING'"
                + " AND claimed_at < ?", Timestamp.from(claimedBefore));
    }

    /** How the crisis's messages have gone, per part and channel, in the order they were written. */
    public List<CrisisMessages.Progress> progress(long crisisId) {
        return jdbc.query("SELECT part, update_id, channel, SUM(status IN ('WAITING', 'SENDING')), SUM(status ="
                        + " 'SENT'), SUM(status = 'FAILED'), SUM(status = 'SKIPPED'), (SELECT m2.last_error FROM"
                        + " crisis_message m2 WHERE m2.crisis_id = m.crisis_id AND m2.part = m.part AND m2.update_id ="
                        + " m.update_id AND m2.channel = m.channel AND m2.status IN ('WAITING', 'FAILED') AND"
                        + " m2.last_error IS NOT NULL ORDER BY m2.claimed_at DESC LIMIT 1) FROM crisis_message m WHERE"
                        + " crisis_id = ? GROUP BY crisis_id, part, update_id, channel ORDER BY MIN(id)",
                (rs, row) -> new CrisisMessages.Progress(CrisisMessages.Part.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)),
                crisisId);
    }

    private static String truncate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
