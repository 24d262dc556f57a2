package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.internal.NewsStore;
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
    private final ItemFiles files;
    private final Clock clock;

    PublicNews(NewsStore store, ItemFiles files, Clock clock) {
        this.store = store;
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

    /**
     * A tag for a list of public items (for ETag): changes when any of them changes, comes or goes.
     */
    public static String tagOf(List<Item> items) {
        long hash = 17;
        for (Item item : items) {
            hash = hash * 31 + item.id();
            hash = hash * 31 + item.updatedAt().toEpochMilli();
            hash = hash * 31 + item.externalReleaseAt().toEpochMilli();
        }
        return Long.toHexString(hash) + "-" + items.size();
    }

    /** When a list of public items last changed (for Last-Modified); the epoch for none. */
    public static Instant changedOf(List<Item> items) {
        return items.stream().map(i -> i.updatedAt().isAfter(i.externalReleaseAt()) ? i.updatedAt()
                : i.externalReleaseAt()).max(Instant::compareTo).orElse(Instant.EPOCH)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** A file of a public item, for anyone; empty for every other file. */
    @Transactional(readOnly = true)
    public Optional<ItemFiles.Content> file(long fileId) {
        return files.publicContent(fileId, itemId -> item(itemId).isPresent());
    }
}
