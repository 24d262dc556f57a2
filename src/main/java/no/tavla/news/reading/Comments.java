package no.tavla.news.reading;

import no.tavla.news.Comment;
import java.time.Clock;
import java.util.List;

import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.news.internal.CommentStore;
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

    private final CommentStore store;
    private final NewsFeed feed;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    private final no.tavla.news.internal.NewsStore items;
    private final org.springframework.context.ApplicationEventPublisher events;

    Comments(CommentStore store, NewsFeed feed, People people, CurrentActor current, Clock clock,
             no.tavla.news.internal.NewsStore items, org.springframework.context.ApplicationEventPublisher events) {
        this.items = items;
        this.events = events;
        this.store = store;
        this.feed = feed;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** The comments of an item the signed-in person may open, oldest first. */
    public List<Comment> of(long itemId) {
        if (!feed.mayOpen(itemId)) {
            throw new Refusal("news.unknown");
        }
        return store.of(itemId);
    }

    @Transactional
    public void add(long itemId, String text) {
        Actor actor = people.currentActor();
        long person = actor.personId().orElseThrow(() -> new AccessDeniedException("Not a person in Tavla"));
        if (!feed.isInAudience(itemId)) {
            throw new Refusal("news.unknown");
        }
        if (!store.enabledOn(itemId)) {
            throw new Refusal("comments.off");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new Refusal("comments.empty");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new Refusal("comments.too-long", MAX_LENGTH);
        }
        store.add(itemId, person, clean, clock.instant());
        items.find(itemId).ifPresent(item -> events.publishEvent(new no.tavla.news.ItemStep(itemId,
                no.tavla.news.ItemStep.Step.COMMENTED, item.authorId(), person)));
    }

    @Transactional
    public void hide(long commentId, String reason) {
        long item = store.itemOf(commentId).orElseThrow(() -> new Refusal("comments.unknown"));
        if (!feed.mayWorkOn(item)) {
            throw new AccessDeniedException("Only the writer, the unit's editors and communications hide comments");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("news.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new Refusal("news.reason.too-long", 500);
        }
        store.hide(commentId, current.nameOrSystem(), clock.instant(), reason.strip());
    }
}
