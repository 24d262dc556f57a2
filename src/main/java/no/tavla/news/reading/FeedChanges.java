package no.tavla.news.reading;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import no.tavla.news.FeedCard;
import no.tavla.news.FeedFilter;
import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.internal.AudienceCondition;
import no.tavla.news.internal.FeedQueries;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open pages that items came or went, and only the pages it concerns: a feed is told of the items whose
 * audience holds its reader, an item page of its item, a staff-room screen of the items for its unit. The item's
 * audience is read once per change and matched in memory against every open page ({@link AudienceCondition}).
 * Changes for one page within the merge window (TAVLA_NEWS_PUSH_MERGE, a second) reach it together; a page that
 * is gone is told nothing, and what was waiting for it is dropped; shutdown does not wait for any of it.
 */
@Service
public class FeedChanges {

    private static final Logger LOG = LoggerFactory.getLogger(FeedChanges.class);

    /** An open page, told of the changes that concern it (on a thread of Tavla's, not in its session). */
    @FunctionalInterface
    public interface Page {
        void changed(List<ItemChanged> changes);
    }

    /** Where the waiting is done; a test runs it by hand. */
    interface Delay {
        void after(Duration delay, Runnable task);

        void stop();
    }

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final NewsStore store;
    private final FeedQueries queries;
    private final People people;
    private final Audiences audiences;
    private final Clock clock;
    private final Duration merge;
    private final Delay delay;

    @Autowired
    FeedChanges(NewsStore store, FeedQueries queries, People people, Audiences audiences, Clock clock,
                @Value("${tavla.news.push-merge:PT1S}") Duration merge) {
        this(store, queries, people, audiences, clock, merge, scheduler());
    }

    FeedChanges(NewsStore store, FeedQueries queries, People people, Audiences audiences, Clock clock,
                Duration merge, Delay delay) {
        if (merge.isNegative()) {
            throw new IllegalArgumentException("tavla.news.push-merge must not be negative");
        }
        this.store = store;
        this.queries = queries;
        this.people = people;
        this.audiences = audiences;
        this.clock = clock;
        this.merge = merge;
        this.delay = delay;
    }

    /** A reader's feed, as the signed-in person is now; empty for a sign-in that is no person. */
    public Optional<ReaderSubscription> followReader(Page page) {
        return people.currentMembership().map(reader -> add(new ReaderSubscription(reader, page)));
    }

    /** One item's page: told when that item changes. */
    public Subscription followItem(long itemId, Page page) {
        return add(new Subscription(page, change -> change.item().id() == itemId));
    }

    /** A unit's staff-room screen: told of the items for everyone in the unit. */
    public Subscription followUnitScreen(long unitId, Page page) {
        Membership unit = Membership.ofUnits(Set.of(unitId), audiences.withAncestors(List.of(unitId)));
        return add(new Subscription(page, change -> change.kind() != ItemChanged.Kind.PUBLISHED_EXTERNALLY
                && AudienceCondition.reaches(change.item().audience(), unit, AudienceCondition.Roles.NOT_NARROWED)));
    }

    /** How many pages are followed now (for the load harness and the tests). */
    public int following() {
        return subscriptions.size();
    }

    private <S extends Subscription> S add(S subscription) {
        subscriptions.add(subscription);
        return subscription;
    }

    /** A change as the pages are matched against it: the item as it is now, with its audience. */
    record Change(ItemChanged.Kind kind, Item item) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ItemChanged changed) {
        if (subscriptions.isEmpty()) {
            return;
        }
        // the committing thread only hands the change on; reading and matching happen on Tavla's own thread
        delay.after(Duration.ZERO, () -> store.find(changed.itemId()).ifPresent(item -> {
            Change change = new Change(changed.kind(), item);
            subscriptions.forEach(subscription -> subscription.offer(change, changed));
        }));
    }

    @PreDestroy
    void stop() {
        subscriptions.clear();
        delay.stop();
    }

    /** A page followed, until it is cancelled (the page is gone). */
    public class Subscription {

        private final Page page;
        private final Predicate<Change> concerns;
        private final List<ItemChanged> waiting = new ArrayList<>();
        private volatile boolean cancelled;

        Subscription(Page page, Predicate<Change> concerns) {
            this.page = page;
            this.concerns = concerns;
        }

        /** The page is gone: it is told nothing more, and what waited for it is dropped. */
        public void cancel() {
            cancelled = true;
            subscriptions.remove(this);
            synchronized (waiting) {
                waiting.clear();
            }
        }

        void offer(Change change, ItemChanged changed) {
            if (cancelled || !concerns.test(change)) {
                return;
            }
            synchronized (waiting) {
                boolean first = waiting.isEmpty();
                waiting.add(changed);
                if (first) {
                    delay.after(merge, this::deliver);
                }
            }
        }

        private void deliver() {
            List<ItemChanged> changes;
            synchronized (waiting) {
                changes = List.copyOf(waiting);
                waiting.clear();
            }
            if (cancelled || changes.isEmpty()) {
                return;
            }
            try {
                page.changed(changes);
            } catch (RuntimeException failure) {
                LOG.warn("An open page could not be told of {} change(s): {}", changes.size(), failure.toString());
            }
        }
    }

    /** A feed page: its reader's audience decides what concerns it, and it reads the new cards as that reader. */
    public final class ReaderSubscription extends Subscription {

        private final Membership reader;

        ReaderSubscription(Membership reader, Page page) {
            super(page, change -> change.kind() != ItemChanged.Kind.PUBLISHED_EXTERNALLY
                    && AudienceCondition.reaches(change.item().audience(), reader, AudienceCondition.Roles.HELD));
            this.reader = reader;
        }

        /**
         * Those of the items in this reader's feed now (the filter applied), in feed order, in the reader's language
         * where they have a version in it; one statement.
         */
        public List<FeedCard> cards(FeedFilter filter, Collection<Long> ids, Language language) {
            return ids.isEmpty() ? List.of()
                    : queries.cardsAmong(reader, language, filter, Set.copyOf(ids), clock.instant());
        }

        /** The feed's count for this reader, as {@link NewsFeed#count} gives it. */
        public int count(FeedFilter filter) {
            return queries.count(reader, filter, clock.instant(), NewsFeed.COUNT_CEILING);
        }
    }

    private static Delay scheduler() {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "tavla-push");
            thread.setDaemon(true);
            return thread;
        });
        return new Delay() {
            @Override
            public void after(Duration delay, Runnable task) {
                try {
                    executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    // Tavla is stopping: nobody is waiting for this any more
                }
            }

            @Override
            public void stop() {
                executor.shutdownNow();
            }
        };
    }
}
