package no.tavla.news.publishing;

import no.tavla.news.Item;
import no.tavla.news.files.ItemFiles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.internal.ItemQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public channel for the municipality's website: items with a public part, from their external release (never a
 * second earlier) until expiry or withdrawal. Only the public part leaves: title, lead, body and attachments; never the
 * audience, comments or reading.
 */
@Service
public class PublicNews {

    private final ItemQueries items;
    private final ItemFiles files;
    private final Clock clock;

    PublicNews(ItemQueries items, ItemFiles files, Clock clock) {
        this.items = items;
        this.files = files;
        this.clock = clock;
    }

    /** The public items, newest external release first. */
    public List<Item> latest(int limit) {
        return items.publicLatest(clock.instant(), Math.max(1, Math.min(limit, 100)));
    }

    /** Which of these public items are crisis information, marked as such in the feeds and on the page. */
    public java.util.Set<Long> crisisItems(List<Item> shown) {
        return items.crisisItems(shown.stream().map(Item::id).toList());
    }

    public Optional<Item> item(long id) {
        return items.publicItem(id, clock.instant());
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
