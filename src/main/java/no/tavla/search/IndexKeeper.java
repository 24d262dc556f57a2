package no.tavla.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import no.tavla.news.ItemChanged;
import no.tavla.news.SearchableItem;
import no.tavla.news.reading.SearchableNews;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.SearchableDirectory;
import no.tavla.plans.SearchablePlans;
import no.tavla.search.internal.SearchIndex;
import no.tavla.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's index: built anew when Tavla starts (in the background; searches say the index is being
 * prepared until it is), then following the database: every few seconds it takes in the items, people and units
 * whose {@code updated_at} moved, a minute back to cover clocks and late commits; an item released or withdrawn here
 * is taken in at once. Every instance does the same, so each finds the same within seconds (decision 0027).
 */
@Service
public class IndexKeeper implements DisposableBean {

    /** How far back each look goes beyond the last one: other instances' clocks, transactions committed late. */
    static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(IndexKeeper.class);

    /** How far a rebuild has come, and how large the index is. */
    public record Progress(boolean ready, boolean building, int done, int total, int size, long bytes,
                           Instant builtAt) {
    }

    private volatile SearchIndex index;
    private final Path directory;
    private final boolean temporary;
    private final SearchableNews news;
    private final SearchableDirectory people;
    private final SearchablePlans plans;
    private final AccessPolicy policy;
    private final Clock clock;
    /** One writer at a time: a follow waits for a rebuild, and the other way round. */
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile boolean ready;
    private volatile int done;
    private volatile int total;
    private volatile Instant builtAt;
    private volatile Instant followedFrom;
    private volatile boolean closing;

    IndexKeeper(SearchProperties properties, SearchableNews news, SearchableDirectory people, SearchablePlans plans,
                AccessPolicy policy, Clock clock) throws IOException {
        this.temporary = properties.directory() == null;
        this.directory = temporary ? Files.createTempDirectory("tavla-search") : properties.directory();
        this.index = new SearchIndex(directory);
        this.news = news;
        this.people = people;
        this.plans = plans;
        this.policy = policy;
        this.clock = clock;
    }

    SearchIndex index() {
        return index;
    }

    /** Whether the index has been built since Tavla started (until then, searches may miss things). */
    public boolean isReady() {
        return ready;
    }

    public Progress progress() {
        return new Progress(ready, building.get(), done, total, index.size(), index.bytes(), builtAt);
    }

    /** At start, the index is built in the background: Tavla serves pages meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        startRebuild();
    }

    /** An administrator rebuilds the index (it is rebuilt in the background; {@link #progress()} tells). */
    public boolean rebuild() {
        policy.requireAnywhere(Action.ADMINISTER);
        return startRebuild();
    }

    private boolean startRebuild() {
        if (!building.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofPlatform().name("tavla-search-rebuild").daemon().start(() -> {
            try {
                rebuildNow();
            } catch (RuntimeException e) {
                LOG.error("The search index could not be rebuilt: {}", e.toString());
            } finally {
                building.set(false);
            }
        });
        return true;
    }

    /** Builds the index from the database, in batches, while searches go on against what is there. */
    void rebuildNow() {
        writing.lock();
        try {
            Instant started = clock.instant();
            done = 0;
            total = news.count() + people.size() + plans.count();
            index.clear();
            long after = 0;
            for (List<SearchableItem> batch = news.after(after, BATCH); !batch.isEmpty() && !closing;
                 batch = news.after(after, BATCH)) {
                batch.forEach(item -> index.put(entry(item)));
                after = batch.getLast().id();
                done += batch.size();
            }
            after = 0;
            for (List<SearchableDirectory.PersonWords> batch = people.peopleAfter(after, BATCH);
                 !batch.isEmpty() && !closing;
                 batch = people.peopleAfter(after, BATCH)) {
                batch.forEach(this::put);
                after = batch.getLast().id();
                done += batch.size();
            }
            after = 0;
            for (List<SearchableDirectory.UnitWords> batch = people.unitsAfter(after, BATCH);
                 !batch.isEmpty() && !closing;
                 batch = people.unitsAfter(after, BATCH)) {
                batch.forEach(this::put);
                after = batch.getLast().id();
                done += batch.size();
            }
            after = 0;
            for (List<SearchablePlans.PlanWords> batch = plans.after(after, BATCH); !batch.isEmpty() && !closing;
                 batch = plans.after(after, BATCH)) {
                batch.forEach(this::put);
                after = batch.getLast().id();
                done += batch.size();
            }
            index.refresh();
            followedFrom = started.minus(OVERLAP);
            builtAt = clock.instant();
            ready = true;
            LOG.info("Search index built: {} entries, {} KB", index.size(), index.bytes() / 1024);
        } finally {
            writing.unlock();
        }
    }

    /** Every few seconds, on every instance: what changed in the database since the last look. */
    @Scheduled(fixedDelayString = "${tavla.search.follow:PT5S}", initialDelayString = "${tavla.search.follow:PT5S}")
    void follow() {
        if (!ready || building.get()) {
            return;
        }
        writing.lock();
        try {
            Instant now = clock.instant();
            Instant last = followedFrom;
            // a clock set back (tests, a corrected server clock) must not leave a gap
            Instant since = (last.isBefore(now) ? last : now.minus(OVERLAP));
            items(news.changedSince(since));
            people.peopleChangedSince(since).forEach(this::put);
            people.unitsChangedSince(since).forEach(this::put);
            plans.changedSince(since).forEach(this::put);
            index.refresh();
            followedFrom = now.minus(OVERLAP);
        } catch (java.io.UncheckedIOException e) {
            // the index's files are gone or broken (a cleaned temporary directory, a full disk): build it anew
            LOG.warn("The search index could not be written and is rebuilt: {}", e.toString());
            reopen();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not follow the latest changes (tries again): {}", e.toString());
        } finally {
            writing.unlock();
        }
    }

    /** An item released or withdrawn on this instance is taken in at once, not at the next look. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ItemChanged change) {
        // never wait behind a rebuild here (this is the publishing thread); the next look takes the item in then
        if (!ready || !writing.tryLock()) {
            return;
        }
        try {
            items(List.of(change.itemId()));
            index.refresh();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not take in item {} (the next look will): {}", change.itemId(),
                    e.toString());
        } finally {
            writing.unlock();
        }
    }

    private void reopen() {
        ready = false;
        try {
            index.close();
        } catch (RuntimeException e) {
            LOG.debug("The broken index did not close cleanly: {}", e.toString());
        }
        index = new SearchIndex(directory);
        startRebuild();
    }

    private void items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> gone = new HashSet<>(ids);
        for (SearchableItem item : news.published(ids)) {
            index.put(entry(item));
            gone.remove(item.id());
        }
        gone.forEach(id -> index.delete(SearchIndex.Type.ITEM, id));
    }

    private static SearchIndex.Entry entry(SearchableItem item) {
        Map<Language, SearchIndex.Words> words = new EnumMap<>(Language.class);
        item.texts().forEach((language, text) -> words.put(language, new SearchIndex.Words(text.title(),
                join(text.lead(), text.body()))));
        Set<String> reach = new HashSet<>();
        if (item.wholeMunicipality()) {
            reach.add(SearchIndex.EVERYONE);
        }
        item.audienceUnits().forEach((unit, below) -> reach.add(SearchIndex.reach(unit, below)));
        return new SearchIndex.Entry(SearchIndex.Type.ITEM, item.id(), words, item.unitId(), item.kind().name(),
                item.releaseAt(), reach);
    }

    private void put(SearchableDirectory.PersonWords person) {
        if (!person.active()) {
            index.delete(SearchIndex.Type.PERSON, person.id());
            return;
        }
        index.put(new SearchIndex.Entry(SearchIndex.Type.PERSON, person.id(), Map.of(Language.DEFAULT,
                new SearchIndex.Words(person.name(), join(person.title(), person.unitName(), person.responsibilities(),
                        person.tags()))), null, null, null));
    }

    private void put(SearchableDirectory.UnitWords unit) {
        if (!unit.active()) {
            index.delete(SearchIndex.Type.UNIT, unit.id());
            return;
        }
        index.put(new SearchIndex.Entry(SearchIndex.Type.UNIT, unit.id(), Map.of(Language.DEFAULT,
                new SearchIndex.Words(unit.name(), join(unit.description(), unit.parentName()))), null, null, null));
    }

    private void put(SearchablePlans.PlanWords plan) {
        index.put(new SearchIndex.Entry(SearchIndex.Type.PLAN, plan.id(), Map.of(Language.DEFAULT,
                new SearchIndex.Words(plan.name(), plan.text())), null, null, null));
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(part).append('\n');
            }
        }
        return joined.toString();
    }

    @Override
    public void destroy() throws IOException {
        closing = true;
        writing.lock();
        try {
            index.close();
        } finally {
            writing.unlock();
        }
        if (temporary) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
