package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on items that have them switched on: plain text (links are detected when shown), limited in length, from
 * people in the item's audience. The item's writer, its unit's editors and communications hide a comment, saying why.
 */
@Service
public class Comments {

    public static final int MAX_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final NewsFeed feed;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    Comments(JdbcTemplate jdbc, NewsFeed feed, People people, CurrentActor current, Clock clock) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** The comments of an item the signed-in person may open, oldest first. */
    @Transactional(readOnly = true)
    public List<Comment> of(long itemId) {
        if (!feed.isInAudience(itemId) && !feed.mayWorkOn(itemId)) {
            throw new Refusal("news.unknown");
        }
        return jdbc.query("SELECT c.id, c.item_id, c.person_id, p.name, c.text, c.created_at, c.hidden_by,"
                        + " c.hidden_reason FROM news_comment c JOIN person p ON p.id = c.person_id"
                        + " WHERE c.item_id = ? ORDER BY c.created_at, c.id",
                (rs, row) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)), itemId);
    }

    @Transactional
    public void add(long itemId, String text) {
        Actor actor = people.currentActor();
        long person = actor.personId().orElseThrow(() -> new AccessDeniedException("Not a person in Tavla"));
        if (!feed.isInAudience(itemId)) {
            throw new Refusal("news.unknown");
        }
        Boolean enabled = jdbc.queryForObject("SELECT comments_enabled FROM news_item WHERE id = ?", Boolean.class,
                itemId);
        if (!Boolean.TRUE.equals(enabled)) {
            throw new Refusal("comments.off");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new Refusal("comments.empty");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new Refusal("comments.too-long", MAX_LENGTH);
        }
        jdbc.update("INSERT INTO news_comment (item_id, person_id, text, created_at) VALUES (?, ?, ?, ?)", itemId,
                person, clean, Timestamp.from(clock.instant()));
    }

    @Transactional
    public void hide(long commentId, String reason) {
        List<Long> items = jdbc.queryForList("SELECT item_id FROM news_comment WHERE id = ?", Long.class, commentId);
        if (items.isEmpty()) {
            throw new Refusal("comments.unknown");
        }
        if (!feed.mayWorkOn(items.get(0))) {
            throw new AccessDeniedException("Only the writer, the unit's editors and communications hide comments");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("news.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new Refusal("news.reason.too-long", 500);
        }
        jdbc.update("UPDATE news_comment SET hidden_by = ?, hidden_at = ?, hidden_reason = ? WHERE id = ?",
                current.nameOrSystem(), Timestamp.from(clock.instant()), reason.strip(), commentId);
    }
}
