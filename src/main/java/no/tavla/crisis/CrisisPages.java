package no.tavla.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open page what crisis is in force for its reader, when a crisis is switched on, updated or switched off:
 * the crises in force are read once per change and matched in memory against each page's units, on a thread of
 * Tavla's (the switching person's request does not wait for thousands of pages). A page told the same as before is
 * not told again.
 */
@Service
public class CrisisPages {

    private static final Logger LOG = LoggerFactory.getLogger(CrisisPages.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final CrisisStore store;
    private final People people;
    /** Tells the pages, a share each: each page's banner is drawn and pushed on the thread that tells it. */
    private final ExecutorService tellers = Executors.newFixedThreadPool(Math.max(2,
            Runtime.getRuntime().availableProcessors()), Thread.ofPlatform().daemon().name("tavla-crisis-tell-", 1)
            .factory());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("tavla-crisis-pages").factory());

    CrisisPages(CrisisStore store, People people) {
        this.store = store;
        this.people = people;
    }

    /** A page of the signed-in person, told (on Tavla's thread) what is in force for them; empty for no person. */
    public Optional<Subscription> follow(Consumer<Optional<CrisisNotice>> page) {
        return people.currentMembership().map(reader -> {
            Subscription subscription = new Subscription(reader.unitsAndAbove(), page);
            subscriptions.add(subscription);
            return subscription;
        });
    }

    /** A page without a signed-in person (a staff-room screen), told what is in force for these units. */
    public Subscription followUnits(Set<Long> unitsAndAbove, Consumer<Optional<CrisisNotice>> page) {
        Subscription subscription = new Subscription(unitsAndAbove, page);
        subscriptions.add(subscription);
        return subscription;
    }

    /** How many pages follow (for the tests and the load harness). */
    public int following() {
        return subscriptions.size();
    }

    /** What was in force when the pages were last told: the crises' ids and their latest update. */
    private volatile String told = "";

    /**
     * Another Tavla instance may have switched a crisis on, posted or switched it off: once a second, one cheap
     * statement asks whether what is in force has changed, and the open pages of this instance are told if it has
     * (so every page has it within seconds, whichever instance its reader is on).
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${tavla.crisis.pages-check:PT1S}",
            initialDelayString = "${tavla.crisis.pages-check:PT1S}")
    void checkOtherInstances() {
        if (subscriptions.isEmpty()) {
            return;
        }
        try {
            String now = store.signature();
            if (!now.equals(told)) {
                tell(now);
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not ask what crisis is in force: {}", e.toString());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(CrisisChanged changed) {
        if (subscriptions.isEmpty()) {
            return;
        }
        tell(null);
    }

    /** @param signature what is in force, as read just now; null: read it */
    private void tell(String signature) {
        worker.execute(() -> {
            try {
                told = signature != null ? signature : store.signature();
                List<Crisis> lasting = store.lasting();
                Map<Long, CrisisNotice> notices = new HashMap<>();
                lasting.forEach(crisis -> notices.put(crisis.id(), new CrisisNotice(crisis,
                        store.latestUpdate(crisis.id()).orElse(null))));
                // thousands of pages: in shares on every core (docs/BENCHMARKS.md, "Crisis mode at scale")
                List<Subscription> pages = List.copyOf(subscriptions);
                int shares = Math.max(2, Runtime.getRuntime().availableProcessors());
                List<Future<?>> telling = new ArrayList<>();
                for (int share = 0; share < shares; share++) {
                    int first = share;
                    telling.add(tellers.submit(() -> {
                        for (int i = first; i < pages.size(); i += shares) {
                            Subscription subscription = pages.get(i);
                            subscription.offer(Crises.holding(lasting, subscription.unitsAndAbove)
                                    .map(crisis -> notices.get(crisis.id())));
                        }
                    }));
                }
                for (Future<?> share : telling) {
                    share.get();
                }
            } catch (RuntimeException | ExecutionException e) {
                LOG.warn("Open pages could not be told of a crisis: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @PreDestroy
    void stop() {
        subscriptions.clear();
        worker.shutdownNow();
        tellers.shutdownNow();
    }

    /** A page followed until it is cancelled (the page is gone). */
    public final class Subscription {

        private final Set<Long> unitsAndAbove;
        private final Consumer<Optional<CrisisNotice>> page;
        private volatile Optional<CrisisNotice> told;

        Subscription(Set<Long> unitsAndAbove, Consumer<Optional<CrisisNotice>> page) {
            this.unitsAndAbove = Set.copyOf(unitsAndAbove);
            this.page = page;
        }

        /** Starts from what the page shows now, so that it is told only what changes. */
        public Subscription showing(Optional<CrisisNotice> shown) {
            told = shown;
            return this;
        }

        public void cancel() {
            subscriptions.remove(this);
        }

        void offer(Optional<CrisisNotice> notice) {
            if (!Objects.equals(notice, told)) {
                told = notice;
                page.accept(notice);
            }
        }
    }
}
