package no.tavla.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.tavla.notifications.Delivery;
import no.tavla.notifications.NotificationChannel;
import no.tavla.notifications.NotificationKind;
import no.tavla.notifications.NotificationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox: one row per person, item, channel and kind (a unique key, so a notification is written once however
 * often it is asked for), claimed for sending by a conditional update that only one run can win.
 */
@Repository
public class OutboxStore {

    /** A claimed notification, to be sent now by the run that claimed it. */
    public record Pending(long id, long personId, long itemId, NotificationChannel channel, NotificationKind kind,
                          int attempts) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notifications that are not there yet. @return how many were new */
    public int enqueue(long itemId, Collection<Long> personIds, NotificationChannel channel, NotificationKind kind,
                       Instant dueAt, Instant now) {
        List<Object[]> rows = new ArrayList<>(Math.min(personIds.size(), BATCH));
        int added = 0;
        for (long personId : personIds) {
            rows.add(new Object[] {personId, itemId, channel.name(), kind.name(), Timestamp.from(dueAt),
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
        for (int count : jdbc.batchUpdate("INSERT IGNORE INTO notification_outbox (person_id, item_id, channel, kind,"
                + " status, attempts, due_at, created_at) VALUES (?, ?, ?, ?, 'WAITING', 0, ?, ?)", rows)) {
            // the driver may answer "some rows, number unknown" for a rewritten batch
            added += count > 0 ? count : count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
        }
        return added;
    }

    /** Claims up to {@code limit} notifications that are due, for the run named {@code claimer}. */
    public List<Pending> claim(String claimer, Instant now, int limit) {
        int claimed = jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?"
                        + " WHERE status = 'WAITING' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
                claimer, Timestamp.from(now), Timestamp.from(now), limit);
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.query("SELECT id, person_id, item_id, channel, kind, attempts FROM notification_outbox"
                        + " WHERE claimed_by = ? AND status = 'SENDING' ORDER BY item_id, id",
                (rs, row) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        NotificationChannel.valueOf(rs.getString(4)), NotificationKind.valueOf(rs.getString(5)),
                        rs.getInt(6)),
                claimer);
    }

    /** Marks a claimed notification done; false if the claim was no longer this run's. */
    public boolean finish(long id, String claimer, NotificationStatus status, Instant at, String reason) {
        return jdbc.update("UPDATE notification_outbox SET status = ?, sent_at = ?, attempts = attempts + ?,"
                        + " last_error = ?, claimed_by = NULL WHERE id = ? AND claimed_by = ? AND status = 'SENDING'",
                status.name(), status == NotificationStatus.SENT ? Timestamp.from(at) : null,
                status == NotificationStatus.SKIPPED ? 0 : 1, truncate(reason), id, claimer) == 1;
    }

    /** Puts a claimed notification back for another try at {@code dueAt}. */
    public boolean retry(long id, String claimer, Instant dueAt, String reason) {
        return jdbc.update("UPDATE notification_outbox SET status = 'WAITING', due_at = ?, attempts = attempts + 1,"
                        + " last_error = ?, claimed_by = NULL WHERE id = ? AND claimed_by = ? AND status = 'SENDING'",
                Timestamp.from(dueAt), truncate(reason), id, claimer) == 1;
    }

    /**
     * Claims left by a run that never finished them (its instance stopped while sending) go back to waiting. Such a
     * notification may have reached the mail server just before the stop, so it can arrive twice; none is lost.
     */
    public int releaseStale(Instant claimedBefore) {
        return jdbc.update("UPDATE notification_outbox SET status = 'WAITING', claimed_by = NULL"
                + " WHERE status = 'SENDING' AND claimed_at < ?", Timestamp.from(claimedBefore));
    }

    /** How many notifications about the item are in each status, per channel. */
    public Map<NotificationChannel, Map<NotificationStatus, Integer>> counts(long itemId) {
        Map<NotificationChannel, Map<NotificationStatus, Integer>> counts = new EnumMap<>(NotificationChannel.class);
        jdbc.query("SELECT channel, status, COUNT(*) FROM notification_outbox WHERE item_id = ? GROUP BY channel, status",
                (java.sql.ResultSet rs) -> {
                    counts.computeIfAbsent(NotificationChannel.valueOf(rs.getString(1)),
                                    c -> new EnumMap<>(NotificationStatus.class))
                            .put(NotificationStatus.valueOf(rs.getString(2)), rs.getInt(3));
                }, itemId);
        return counts;
    }

    /** The notifications that failed for good, newest first. */
    public List<Delivery> failures(int limit) {
        return jdbc.query("SELECT o.id, o.item_id, i.title, p.name, o.channel, o.attempts, COALESCE(o.claimed_at,"
                        + " o.created_at), o.last_error FROM notification_outbox o JOIN news_item i ON i.id = o.item_id"
                        + " JOIN person p ON p.id = o.person_id WHERE o.status = 'FAILED'"
                        + " ORDER BY o.claimed_at DESC, o.id DESC LIMIT ?",
                (rs, row) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        NotificationChannel.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8)),
                limit);
    }

    /** How many notifications are in the status, over all items. */
    public int count(NotificationStatus status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE status = ?", Integer.class,
                status.name());
        return count == null ? 0 : count;
    }

    /** Deletes the rows written before the instant that are settled (sent, skipped or failed). */
    public int deleteSettledBefore(Instant before) {
        return jdbc.update("DELETE FROM notification_outbox WHERE created_at < ? AND status IN ('SENT', 'SKIPPED',"
                + " 'FAILED')", Timestamp.from(before));
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
