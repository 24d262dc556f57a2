package no.tavla.news.reading;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import no.tavla.news.SearchableItem;
import no.tavla.news.internal.SearchTexts;
import org.springframework.stereotype.Service;

/**
 * The published items' words, for the search module's index only (an architecture rule keeps everyone else out):
 * the index is a list of words pointing to ids, and what a hit may show is {@link NewsFeed}'s answer for the reader,
 * with the feed's audience and time condition (decision 0027). Drafts are never in it.
 */
@Service
public class SearchableNews {

    private final SearchTexts texts;

    SearchableNews(SearchTexts texts) {
        this.texts = texts;
    }

    /** Published items by id, after this one: a rebuild's next batch. */
    public List<SearchableItem> after(long afterId, int limit) {
        return texts.after(afterId, Math.max(1, Math.min(limit, 1000)));
    }

    /** Those of the items that are published now (an item not in the answer is to leave the index). */
    public List<SearchableItem> published(Collection<Long> ids) {
        return texts.of(ids);
    }

    /** The items changed since the instant, in any state: released, edited, withdrawn, in another language. */
    public List<Long> changedSince(Instant since) {
        return texts.changedSince(since);
    }

    /** How many items are published, to tell a rebuild's progress. */
    public int count() {
        return texts.countPublished();
    }
}
