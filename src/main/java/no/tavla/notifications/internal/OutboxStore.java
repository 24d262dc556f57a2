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
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox: one row per person, item, channel and kind (a unique key, so a notification is written once however
 * often it is asked for), claimed for sending by a conditional update that only one run can win.
 */
@Repository
public class OutboxStore {

    /**
     * A claimed notification, to be sent now by the run that claimed it.
     *
     * @param itemId the item it is about; 0 for a task's reminder
     * @param note   what the notification says beyond its item (a correction's note), or null
     * @param taskId the task a reminder is about ({@link TaskStore}); null for an item's notification
     */
    public record Pending(long id, long personId, long itemId, NotificationChannel channel, NotificationKind kind,
                          int attempts, String note, Long taskId) {
    }

    private static final int BATCH = 1000;
    private static final org.springframework.jdbc.core.RowMapper<Pending> PENDING = (rs, row) -> new Pending(
            rs.getLong(1), rs.getLong(2), rs.getLong(3), NotificationChannel.valueOf(rs.getString(4)),
            NotificationKind.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getObject(8, Long.class));

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notifications that are not there yet, each due when given. @return how many were new */
    public int enqueue(long itemId, Map<Long, Instant> dueByPerson, NotificationChannel channel,
                       NotificationKind kind, Instant now) {
        List<Object[]> rows = new ArrayList<>(Math.min(dueByPerson.size(), BATCH));
        int added = 0;
        for (Map.Entry<Long, Instant> person : dueByPerson.entrySet()) {
            rows.add(new Object[] {person.getKey(), itemId, channel.name(), kind.name(),
                    Timestamp.from(person.getValue()), Timestamp.from(now)});
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

    /** One entry in a person's bell. @param itemId 0 for a task's reminder @param taskId null for an item's entry */
    public record BellRow(long id, long itemId, NotificationKind kind, Instant at, boolean read, Long taskId) {
    }

    /**
     * Puts the notifications in the people's bells, delivered at once; one already there is raised again (unread,
     * with the new time): a second comment on an item is the same entry, new again.
     */
    public void ring(long itemId, Collection<Long> personIds, NotificationKind kind, Instant now) {
        List<Object[]> rows = new ArrayList<>(Math.min(personIds.size(), BATCH));
        for (long personId : personIds) {
            rows.add(new Object[] {personId, itemId, kind.name(), Timestamp.from(now), Timestamp.from(now),
                    Timestamp.from(now)});
            if (rows.size() == BATCH) {
                ring(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            ring(rows);
        }
    }

    private void ring(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " sent_at, created_at) VALUES (?, ?, 'BELL', ?, 'SENT', 0, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " read_at = NULL, created_at = VALUES(created_at), sent_at = VALUES(sent_at)", rows);
    }

    public int unread(long personId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE person_id = ? AND channel"
                + " = 'BELL' AND read_at IS NULL", Integer.class, personId);
        return count == null ? 0 : count;
    }

    /** The person's newest bell entries. */
    public List<BellRow> bell(long personId, int limit) {
        return jdbc.query("SELECT id, item_id, kind, created_at, read_at IS NOT NULL, task_id FROM notification_outbox"
                        + " WHERE person_id = ? AND channel = 'BELL' ORDER BY created_at DESC, id DESC LIMIT ?",
                (rs, row) -> new BellRow(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getObject(6, Long.class)),
                personId, limit);
    }

    /** Marks the person's entry read; another person's entry is left alone. */
    public boolean markRead(long personId, long id, Instant at) {
        return jdbc.update("UPDATE notification_outbox SET read_at = ? WHERE id = ? AND person_id = ? AND channel ="
                + " 'BELL' AND read_at IS NULL", Timestamp.from(at), id, personId) == 1;
    }

    /** Marks the person's entries about the item read (they opened it). */
    public int markItemRead(long personId, long itemId, Instant at) {
        return jdbc.update("UPDATE notification_outbox SET read_at = ? WHERE person_id = ? AND item_id = ? AND channel"
                + " = 'BELL' AND read_at IS NULL", Timestamp.from(at), personId, itemId);
    }

    public int markAllRead(long personId, Instant at) {
        return jdbc.update("UPDATE notification_outbox SET read_at = ? WHERE person_id = ? AND channel = 'BELL' AND"
                + " read_at IS NULL", Timestamp.from(at), personId);
    }

    /** Puts a task's reminder in its person's bell, delivered at once; one already there is new again. */
    public void ringTask(long taskId, long personId, Instant now) {
        jdbc.update("INSERT INTO notification_outbox (person_id, task_id, channel, kind, status, attempts, due_at,"
                + " sent_at, created_at) VALUES (?, ?, 'BELL', 'TASK', 'SENT', 0, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " read_at = NULL, created_at = VALUES(created_at), sent_at = VALUES(sent_at)", personId, taskId,
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
    }

    /** A task's reminder by e-mail, due when given; one that went before waits anew. */
    public void enqueueTask(long taskId, long personId, Instant due, Instant now) {
        jdbc.update("INSERT INTO notification_outbox (person_id, task_id, channel, kind, status, attempts, due_at,"
                + " created_at) VALUES (?, ?, 'EMAIL', 'TASK', 'WAITING', 0, ?, ?) ON DUPLICATE KEY UPDATE"
                + " due_at = IF(status = 'SENDING', due_at, VALUES(due_at)),"
                + " attempts = IF(status = 'SENDING', attempts, 0), sent_at = IF(status = 'SENDING', sent_at, NULL),"
                + " last_error = IF(status = 'SENDING', last_error, NULL),"
                + " created_at = IF(status = 'SENDING', created_at, VALUES(created_at)),"
                + " status = IF(status = 'SENDING', status, 'WAITING')", personId, taskId, Timestamp.from(due),
                Timestamp.from(now));
    }

    /** Takes a task's reminder back, from the bell and the e-mails not sent (the work moved, or is done). */
    public void forgetTask(long taskId) {
        jdbc.update("DELETE FROM notification_outbox WHERE task_id = ? AND status <> 'SENDING'", taskId);
    }

    /**
     * Writes the notifications, or arms again those that went before (a second significant correction is news again):
     * each waits anew with the note, unless it is being sent right now.
     */
    public void enqueueAgain(long itemId, Map<Long, Instant> dueByPerson, NotificationChannel channel,
                             NotificationKind kind, String note, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, Instant> person : dueByPerson.entrySet()) {
            rows.add(new Object[] {person.getKey(), itemId, channel.name(), kind.name(), Timestamp.from(person.getValue()),
                    truncate(note, MAX_NOTE), Timestamp.from(now)});
            if (rows.size() == BATCH) {
                again(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            again(rows);
        }
    }

    private void again(List<Object[]> rows) {
        // MariaDB assigns left to right, each seeing the ones before: status last, so the others see the old one
        jdbc.batchUpdate("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " note, created_at) VALUES (?, ?, ?, ?, 'WAITING', 0, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " due_at = IF(status = 'SENDING', due_at, VALUES(due_at)),"
                + " note = IF(status = 'SENDING', note, VALUES(note)),"
                + " attempts = IF(status = 'SENDING', attempts, 0), sent_at = IF(status = 'SENDING', sent_at, NULL),"
                + " last_error = IF(status = 'SENDING', last_error, NULL),"
                + " created_at = IF(status = 'SENDING', created_at, VALUES(created_at)),"
                + " status = IF(status = 'SENDING', status, 'WAITING')", rows);
    }

    /** A release or significant correction whose notifications are still to be written per person. */
    public record FanOut(long id, long itemId, NotificationKind kind, String note) {
    }

    /** Records that the item's audience is to be told (in the transaction of the release's claim). */
    public void addFanOut(long itemId, NotificationKind kind, String note, Instant now) {
        jdbc.update("INSERT INTO notification_fanout (item_id, kind, note, status, created_at) VALUES (?, ?, ?,"
                + " 'WAITING', ?)", itemId, kind.name(), truncate(note), Timestamp.from(now));
    }

    /** Claims what is still to be told, oldest first; a claim older than {@code staleBefore} is taken over. */
    public List<FanOut> claimFanOuts(String claimer, Instant now, Instant staleBefore, int limit) {
        // two statements along the (status, created_at) index, not one with OR that reads more rows than it takes
        jdbc.update("UPDATE notification_fanout SET status = 'WAITING', claimed_by = NULL WHERE status = 'SENDING'"
                + " AND claimed_at < ?", Timestamp.from(staleBefore));
        int claimed = jdbc.update("UPDATE notification_fanout SET status = 'SENDING', claimed_by = ?, claimed_at = ?"
                        + " WHERE status = 'WAITING' ORDER BY created_at, id LIMIT ?",
                claimer, Timestamp.from(now), limit);
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.query("SELECT id, item_id, kind, note FROM notification_fanout WHERE claimed_by = ? AND status ="
                        + " 'SENDING' ORDER BY created_at, id",
                (rs, row) -> new FanOut(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)),
                        rs.getString(4)), claimer);
    }

    /** Gives a claimed fan-out back (its writing failed), for the next run. */
    public void unclaimFanOut(long id, String claimer) {
        jdbc.update("UPDATE notification_fanout SET status = 'WAITING', claimed_by = NULL WHERE id = ? AND claimed_by = ?",
                id, claimer);
    }

    /** The fan-out is done (deleted: what it wrote is in the outbox); false if the claim was no longer this run's. */
    public boolean fannedOut(long id, String claimer) {
        return jdbc.update("DELETE FROM notification_fanout WHERE id = ? AND claimed_by = ? AND status = 'SENDING'",
                id, claimer) == 1;
    }

    /**
     * What a claim took, and whether there may be more: it found as many due rows as it asked for (it may have taken
     * fewer, when another instance took some of them first).
     */
    public record Claimed(List<Pending> rows, boolean more) {
    }

    /**
     * Claims up to {@code limit} notifications that are due, of the people in share {@code share} of {@code shares}
     * (their id modulo the shares), for the sender named {@code claimer}. Senders working at once take different
     * shares, so a person's digest is never split between two of them.
     */
    public Claimed claim(String claimer, Instant now, int limit, int share, int shares) {
        // the oldest due rows are picked in the index's order without locking them, then claimed by their keys if
        // still waiting (another instance may have taken some meanwhile). An UPDATE ... ORDER BY ... LIMIT that changes
        // the status it is ordered by sorts every due row first: 250,000 for a digest, at every claim
        // (docs/BENCHMARKS.md, "The digest"); locking reads of the same index by two senders wait on each other
        List<Long> due = jdbc.queryForList("SELECT id FROM notification_outbox WHERE status = 'WAITING' AND due_at <= ?"
                + " AND MOD(person_id, ?) = ? ORDER BY due_at, id LIMIT ?", Long.class, Timestamp.from(now), shares,
                share, limit);
        if (due.isEmpty()) {
            return new Claimed(List.of(), false);
        }
        List<Object> arguments = new ArrayList<>(List.of(claimer, Timestamp.from(now)));
        String in = SqlList.in(due, arguments);
        int claimed = jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?"
                + " WHERE id IN (" + in + ") AND status = 'WAITING'", arguments.toArray());
        List<Pending> rows = claimed == 0 ? List.of() : jdbc.query("SELECT id, person_id, item_id, channel, kind,"
                + " attempts, note, task_id FROM notification_outbox WHERE claimed_by = ? AND status = 'SENDING' ORDER BY"
                + " item_id, id", PENDING, claimer);
        return new Claimed(rows, due.size() == limit);
    }

    /**
     * Claims the rest of these people's digests that is due, for the run that claimed part of them: a digest is one e-mail
     * however its rows fall into the batches.
     */
    public List<Pending> claimDigests(String claimer, java.util.Collection<Long> personIds, Instant now) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(claimer, Timestamp.from(now), Timestamp.from(now)));
        String in = SqlList.in(personIds, arguments);
        jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE due_at <= ?"
                + " AND channel = 'EMAIL' AND kind = 'DIGEST' AND status = 'WAITING' AND person_id IN (" + in + ")",
                arguments.toArray());
        return jdbc.query("SELECT id, person_id, item_id, channel, kind, attempts, note, task_id FROM"
                        + " notification_outbox"
                        + " WHERE claimed_by = ? AND status = 'SENDING' AND kind = 'DIGEST' ORDER BY item_id, id",
                PENDING, claimer);
    }

    /**
     * The person's waiting digest moves to their new time (they chose another frequency or quiet hours); with no
     * digest any more it is skipped.
     */
    public int rescheduleDigest(long personId, Instant dueAt, Instant now) {
        if (dueAt == null) {
            return jdbc.update("UPDATE notification_outbox SET status = 'SKIPPED', last_error = 'the person chose no"
                    + " digest' WHERE person_id = ? AND channel = 'EMAIL' AND kind = 'DIGEST' AND status = 'WAITING'",
                    personId);
        }
        return jdbc.update("UPDATE notification_outbox SET due_at = ? WHERE person_id = ? AND channel = 'EMAIL' AND"
                + " kind = 'DIGEST' AND status = 'WAITING'", Timestamp.from(dueAt), personId);
    }

    /** Marks a claimed notification done; false if the claim was no longer this run's. */
    public boolean finish(long id, String claimer, NotificationStatus status, Instant at, String reason) {
        return jdbc.update("UPDATE notification_outbox SET status = ?, sent_at = ?, attempts = attempts + ?,"
                        + " last_error = ?, claimed_by = NULL WHERE id = ? AND claimed_by = ? AND status = 'SENDING'",
                status.name(), status == NotificationStatus.SENT ? Timestamp.from(at) : null,
                status == NotificationStatus.SKIPPED ? 0 : 1, truncate(reason), id, claimer) == 1;
    }

    /** Marks these claimed notifications sent, in one statement. @return how many were still this run's */
    public int sent(List<Long> ids, String claimer, Instant at) {
        int sent = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(at), claimer));
            String in = SqlList.in(ids.subList(from, Math.min(ids.size(), from + 1000)), arguments);
            sent += jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
                    + " last_error = NULL, claimed_by = NULL WHERE claimed_by = ? AND status = 'SENDING' AND id IN ("
                    + in + ")", arguments.toArray());
        }
        return sent;
    }

    /** Marks a claimed SMS sent, with what the gateway called it and billed. */
    public boolean sentSms(long id, String claimer, Instant at, String reference, int costUnits) {
        return jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
                        + " reference = ?, cost_units = ?, last_error = NULL, claimed_by = NULL WHERE id = ? AND"
                        + " claimed_by = ? AND status = 'SENDING'",
                Timestamp.from(at), reference, costUnits, id, claimer) == 1;
    }

    /** The cost units of the SMS sent, over all items. */
    public int smsCostUnits() {
        Integer units = jdbc.queryForObject("SELECT COALESCE(SUM(cost_units), 0) FROM notification_outbox WHERE"
                + " channel = 'SMS' AND status = 'SENT'", Integer.class);
        return units == null ? 0 : units;
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

    /** How many notifications about the item were sent on each channel to people whose primary unit is one of these. */
    public Map<NotificationChannel, Integer> sentWithin(long itemId, Collection<Long> unitIds) {
        Map<NotificationChannel, Integer> counts = new EnumMap<>(NotificationChannel.class);
        if (unitIds.isEmpty()) {
            return counts;
        }
        List<Object> arguments = new ArrayList<>(List.of(itemId));
        String in = SqlList.in(unitIds, arguments);
        jdbc.query("SELECT o.channel, COUNT(*) FROM notification_outbox o JOIN person p ON p.id = o.person_id WHERE"
                        + " o.item_id = ? AND o.status = 'SENT' AND p.primary_unit_id IN (" + in + ") GROUP BY o.channel",
                (java.sql.ResultSet rs) -> {
                    counts.put(NotificationChannel.valueOf(rs.getString(1)), rs.getInt(2));
                }, arguments.toArray());
        return counts;
    }

    /** The notifications that failed for good, newest first. */
    public List<Delivery> failures(int limit) {
        return jdbc.query("SELECT o.id, COALESCE(o.item_id, 0), COALESCE(i.title, t.title), p.name, o.channel,"
                        + " o.attempts, COALESCE(o.claimed_at, o.created_at), o.last_error FROM notification_outbox o"
                        + " LEFT JOIN news_item i ON i.id = o.item_id LEFT JOIN notification_task t ON t.id = o.task_id"
                        + " JOIN person p ON p.id = o.person_id WHERE o.status = 'FAILED'"
                        + " ORDER BY o.claimed_at DESC, o.id DESC LIMIT ?",
                (rs, row) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        NotificationChannel.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8)),
                limit);
    }

    /** How many notifications on the channel are in the status, over all items. */
    public int count(NotificationChannel channel, NotificationStatus status) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE channel = ? AND status = ?",
                Integer.class, channel.name(), status.name());
        return count == null ? 0 : count;
    }

    /** Deletes the rows written before the instant that are settled (sent, skipped or failed). */
    public int deleteSettledBefore(Instant before) {
        return jdbc.update("DELETE FROM notification_outbox WHERE created_at < ? AND status IN ('SENT', 'SKIPPED',"
                + " 'FAILED')", Timestamp.from(before));
    }

    /** The longest note kept (a column of type text holds 65,535 bytes, four per character at most). */
    static final int MAX_NOTE = 16_000;

    private static String truncate(String reason) {
        return truncate(reason, 500);
    }

    private static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
