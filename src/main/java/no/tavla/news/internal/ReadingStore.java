package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import no.tavla.shared.RequestMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who has opened and confirmed which item ({@code news_read}), and the counts kept on each item. A row is personal
 * data, deleted after the retention period; the counts stay. Each step is one statement that holds on its own (a
 * row inserted at most once, a round confirmed at most once), so none of them needs a transaction; the count beside
 * it follows in a second statement.
 */
@Repository
public class ReadingStore {

    private final JdbcTemplate jdbc;

    ReadingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the item seen by the person. @return whether this was the first time */
    public boolean markSeen(long itemId, long personId, Instant at) {
        boolean first = jdbc.update("INSERT IGNORE INTO news_read (item_id, person_id, seen_at) VALUES (?, ?, ?)",
                itemId, personId, Timestamp.from(at)) > 0;
        if (first) {
            RequestMemo.forget(NewsStore.MEMO);
            jdbc.update("UPDATE news_item SET seen_count = seen_count + 1 WHERE id = ?", itemId);
        }
        return first;
    }

    /** Whether the person has confirmed this round of the item. */
    public boolean hasConfirmed(long itemId, long personId, int round) {
        return Boolean.TRUE.equals(jdbc.query("SELECT confirmed_round = ? FROM news_read WHERE item_id = ?"
                + " AND person_id = ?", rs -> rs.next() && rs.getBoolean(1), round, itemId, personId));
    }

    /** Confirms this round for a person who has seen the item. @return whether it was not confirmed before */
    public boolean confirm(long itemId, long personId, int round, Instant at) {
        boolean changed = jdbc.update("UPDATE news_read SET confirmed_at = ?, confirmed_round = ? WHERE item_id = ?"
                        + " AND person_id = ? AND (confirmed_round IS NULL OR confirmed_round < ?)",
                Timestamp.from(at), round, itemId, personId, round) > 0;
        if (changed) {
            RequestMemo.forget(NewsStore.MEMO);
            jdbc.update("UPDATE news_item SET confirmed_count = confirmed_count + 1 WHERE id = ?", itemId);
        }
        return changed;
    }

    /** Everyone who has opened the item, each with whether they confirmed this round. */
    public Map<Long, Boolean> readers(long itemId, int round) {
        Map<Long, Boolean> read = new HashMap<>();
        jdbc.query("SELECT person_id, confirmed_round = ? FROM news_read WHERE item_id = ?",
                rs -> {
                    read.put(rs.getLong(1), rs.getBoolean(2));
                }, round, itemId);
        return read;
    }

    /** Those who have confirmed this round. */
    public Set<Long> confirmed(long itemId, int round) {
        return Set.copyOf(jdbc.queryForList("SELECT person_id FROM news_read WHERE item_id = ? AND confirmed_round = ?",
                Long.class, itemId, round));
    }

    /** Deletes the rows of people who opened an item before the instant (one statement). */
    public int deleteSeenBefore(Instant before) {
        return jdbc.update("DELETE FROM news_read WHERE seen_at < ?", Timestamp.from(before));
    }
}
