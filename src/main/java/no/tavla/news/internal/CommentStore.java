package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.Comment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The comments on items, with who wrote them and who hid them. */
@Repository
public class CommentStore {

    private final JdbcTemplate jdbc;

    CommentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An item's comments, oldest first. */
    public List<Comment> of(long itemId) {
        return jdbc.query("SELECT c.id, c.item_id, c.person_id, p.name, c.text, c.created_at, c.hidden_by,"
                        + " c.hidden_reason FROM news_comment c JOIN person p ON p.id = c.person_id"
                        + " WHERE c.item_id = ? ORDER BY c.created_at, c.id",
                (rs, row) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)), itemId);
    }

    public boolean enabledOn(long itemId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT comments_enabled FROM news_item WHERE id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : false, itemId));
    }

    public void add(long itemId, long personId, String text, Instant at) {
        jdbc.update("INSERT INTO news_comment (item_id, person_id, text, created_at) VALUES (?, ?, ?, ?)", itemId,
                personId, text, Timestamp.from(at));
    }

    /** The item a comment belongs to. */
    public Optional<Long> itemOf(long commentId) {
        return jdbc.queryForList("SELECT item_id FROM news_comment WHERE id = ?", Long.class, commentId).stream()
                .findFirst();
    }

    public void hide(long commentId, String actor, Instant at, String reason) {
        jdbc.update("UPDATE news_comment SET hidden_by = ?, hidden_at = ?, hidden_reason = ? WHERE id = ?", actor,
                Timestamp.from(at), reason, commentId);
    }
}
