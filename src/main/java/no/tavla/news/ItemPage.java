package no.tavla.news;

import java.util.List;
import java.util.Optional;

/**
 * What an item's page shows to the person who opened it, read in one go.
 *
 * @param entry       the item, with whether the reader had not opened it before and has confirmed it
 * @param inAudience  the reader is in its audience (may confirm, may comment)
 * @param mayWorkOn   the reader works on it (edit, hide comments)
 * @param counts      how far it has reached, for those who may see that
 * @param attachments its attachments, in the order they were added
 * @param comments    its comments, oldest first; empty when comments are off
 */
public record ItemPage(FeedEntry entry, boolean inAudience, boolean mayWorkOn, Optional<ReadCounts> counts,
                       List<ItemFile> attachments, List<Comment> comments) {

    public ItemPage {
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
    }

    public Item item() {
        return entry.item();
    }
}
