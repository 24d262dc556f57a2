package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.internal.NewsStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public channel for the municipality's website: items with a public part, from their external release (never a
 * second earlier) until expiry or withdrawal. Only the public part leaves: title, lead, body and attachments; never the
 * audience, comments or reading.
 */
@Service
public class PublicNews {

    private static final String PUBLIC = " WHERE i.status = 'PUBLISHED' AND i.external_release_at IS NOT NULL"
            + " AND i.external_release_at <= ? AND i.release_at <= ? AND (i.expires_at IS NULL OR i.expires_at > ?)";

    private final NewsStore store;
    private final JdbcTemplate jdbc;
    private final ItemFiles files;
    private final Clock clock;

    PublicNews(NewsStore store, JdbcTemplate jdbc, ItemFiles files, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    /** The public items, newest external release first. */
    @Transactional(readOnly = true)
    public List<Item> latest(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return store.query("SELECT " + NewsStore.COLUMNS + NewsStore.FROM + PUBLIC
                + " ORDER BY i.external_release_at DESC, i.id DESC LIMIT ?", now, now, now, Math.max(1, Math.min(limit, 100)));
    }

    @Transactional(readOnly = true)
    public Optional<Item> item(long id) {
        Timestamp now = Timestamp.from(clock.instant());
        return store.query("SELECT " + NewsStore.COLUMNS + NewsStore.FROM + PUBLIC + " AND i.id = ?", now, now, now, id)
                .stream().findFirst();
    }

    /** When the public channel last changed (for Last-Modified and ETag); the epoch when it is empty. */
    @Transactional(readOnly = true)
    public Instant lastChanged() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp latest = jdbc.queryForObject("SELECT MAX(GREATEST(i.updated_at, i.external_release_at)) FROM news_item i"
                + PUBLIC, Timestamp.class, now, now, now);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM news_item i" + PUBLIC, Integer.class, now, now, now);
        // an item leaving (expiry, withdrawal) changes the count even when no date moves forward
        Instant base = latest == null ? Instant.EPOCH : latest.toInstant();
        return base.plusMillis(count == null ? 0 : count % 1000);
    }

    /** A file of a public item, for anyone; empty for every other file. */
    @Transactional(readOnly = true)
    public Optional<ItemFiles.Content> file(long fileId) {
        return files.publicContent(fileId, itemId -> item(itemId).isPresent());
    }
}
