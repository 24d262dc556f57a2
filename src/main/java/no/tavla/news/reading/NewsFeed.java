package no.tavla.news.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.FeedCard;
import no.tavla.news.FeedEntry;
import no.tavla.news.FeedFilter;
import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemPage;
import no.tavla.news.ReadCounts;
import no.tavla.news.internal.CommentStore;
import no.tavla.news.internal.FeedQueries;
import no.tavla.news.internal.FileStore;
import no.tavla.news.internal.NewsRules;
import no.tavla.news.internal.NewsStore;
import no.tavla.news.internal.ReadingStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The reading side: a person's feed, an item page, seen and confirmed, and the counts. A reader never sees an item
 * outside its audience or before its time, by any route: every query here carries the one audience condition
 * ({@code AudienceCondition}). The reader's units and roles are read once per request ({@link People#currentMembership}).
 * Reads run without a transaction of their own: each is one statement, and a page costs few (decision 0014).
 */
@Service
public class NewsFeed {

    /**
     * Counts above this are shown as "more than": nobody reads a hundred cards down, and counting reads items until
     * the ceiling is passed, the most costly part of a feed open (docs/BENCHMARKS.md, "Reading at scale").
     */
    public static final int COUNT_CEILING = 100;
    /** Pinned items are few; beyond this many at once the rest are not pinned in the feed. */
    private static final int PINNED_MAX = 1000;

    private final NewsStore store;
    private final FeedQueries queries;
    private final ReadingStore reading;
    private final FileStore files;
    private final CommentStore comments;
    private final People people;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final no.tavla.news.internal.LanguageVersionStore languageVersions;

    NewsFeed(NewsStore store, FeedQueries queries, ReadingStore reading, FileStore files, CommentStore comments,
             People people, Audiences audiences, AccessPolicy policy, Clock clock,
             org.springframework.context.ApplicationEventPublisher events,
             no.tavla.news.internal.LanguageVersionStore languageVersions) {
        this.languageVersions = languageVersions;
        this.events = events;
        this.store = store;
        this.queries = queries;
        this.reading = reading;
        this.files = files;
        this.comments = comments;
        this.people = people;
        this.audiences = audiences;
        this.policy = policy;
        this.clock = clock;
    }

    /** The reader: empty for a sign-in that is no person; refused for nobody signed in. */
    private Optional<Membership> reader() {
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("The news are for people signed in");
        }
        return people.currentMembership();
    }

    /** The reader's feed, newest release first, pinned important items on top; a page at a time; as written. */
    public List<FeedCard> feed(FeedFilter filter, int offset, int limit) {
        return feed(filter, offset, limit, null);
    }

    /**
     * The reader's feed as {@link #feed(FeedFilter, int, int)}, each card in the reader's language when its item has
     * a version in it ({@code null}: as written).
     */
    public List<FeedCard> feed(FeedFilter filter, int offset, int limit, Language language) {
        return cards(filter, null, offset, limit, language);
    }

    public int count(FeedFilter filter) {
        return reader().map(reader -> queries.count(reader, filter, clock.instant(), COUNT_CEILING)).orElse(0);
    }

    /** The items a unit owns, as this reader may see them, newest first. */
    public List<FeedCard> unitItems(long unitId, int limit, Language language) {
        return cards(FeedFilter.ALL, unitId, 0, limit, language);
    }

    /**
     * Those of the items that are in the reader's feed (this filter) now, in feed order: what an open page adds when
     * it is told they were released.
     */
    public List<FeedCard> cards(FeedFilter filter, Collection<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return reader().map(reader -> queries.cardsAmong(reader, language, filter, Set.copyOf(ids), clock.instant()))
                .orElse(List.of());
    }

    private List<FeedCard> cards(FeedFilter filter, Long unitId, int offset, int limit, Language language) {
        Optional<Membership> found = reader();
        if (found.isEmpty()) {
            return List.of();
        }
        Membership reader = found.get();
        Instant now = clock.instant();
        int size = Math.max(1, Math.min(limit, 100));
        int from = Math.max(0, offset);
        // pinned items first (few, found by their own index), then the rest newest first, which the database reads
        // backwards along (status, release_at) and stops after the page: a feed stays quick with a million items
        List<FeedCard> pinned = queries.cards(reader, language, filter, unitId, true, now, 0, PINNED_MAX);
        List<FeedCard> page = new ArrayList<>();
        if (from < pinned.size()) {
            page.addAll(pinned.subList(from, Math.min(pinned.size(), from + size)));
        }
        if (page.size() < size) {
            page.addAll(queries.cards(reader, language, filter, unitId, false, now, Math.max(0, from - pinned.size()),
                    size - page.size()));
        }
        return page;
    }

    /**
     * An item for a reader in its audience once it is out (expired ones too, as the archive); for those who work on
     * it (writer, the unit's editors, communications) at any time. Opening it marks it seen.
     */
    public Optional<FeedEntry> open(long id) {
        return opened(id).map(Opened::entry);
    }

    /** Everything an item's page shows, as {@link #open} sees it; marks it seen. */
    public Optional<ItemPage> page(long id) {
        return opened(id).map(opened -> {
            Item item = opened.entry().item();
            boolean mayWorkOn = mayWorkOn(item);
            Optional<ReadCounts> counts = maySeeCounts(item) ? Optional.of(counts(item)) : Optional.empty();
            List<ItemFile> attachments = files.of(id).stream().filter(f -> f.kind() == ItemFile.Kind.ATTACHMENT)
                    .toList();
            people.currentActor().personId().ifPresent(person -> events.publishEvent(
                    new no.tavla.news.ItemOpened(id, person)));
            return new ItemPage(opened.entry(), opened.inAudience(), mayWorkOn, counts, attachments,
                    item.commentsEnabled() ? comments.of(id) : List.of(), languageVersions.of(id));
        });
    }

    private record Opened(FeedEntry entry, boolean inAudience) {
    }

    private Optional<Opened> opened(long id) {
        Optional<Item> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Item item = found.get();
        Instant now = clock.instant();
        Optional<Membership> reader = reader();
        boolean inAudience = reader.isPresent() && queries.inAudience(reader.get(), id, now);
        if (!inAudience && !mayWorkOn(item)) {
            return Optional.empty();
        }
        boolean unread = false;
        boolean confirmed = false;
        if (inAudience) {
            long person = reader.get().personId();
            unread = reading.markSeen(id, person, now);
            // a first opening has confirmed nothing yet; its count is the one just added
            confirmed = !unread && reading.hasConfirmed(id, person, item.confirmRound());
            if (unread) {
                item = store.find(id).orElse(item);
            }
        }
        return Optional.of(new Opened(new FeedEntry(item, item.isPinned(now), unread, confirmed), inAudience));
    }

    /** May the signed-in person open the item (in its audience once it is out, or working on it)? Marks nothing. */
    public boolean mayOpen(long id) {
        if (!people.isSignedIn()) {
            return false;
        }
        return isInAudience(id) || mayWorkOn(id);
    }

    /**
     * The titles of those of the items the signed-in person may open ({@link #mayOpen}), for lists that point to them
     * (the bell); an item they may not open is not in the answer.
     */
    public java.util.Map<Long, String> titles(Collection<Long> ids) {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        for (long id : ids) {
            if (mayOpen(id)) {
                store.find(id).ifPresent(item -> titles.put(id, item.title()));
            }
        }
        return titles;
    }

    /** The item for printing or showing elsewhere, for those who may open it; marks nothing. */
    public Optional<Item> forPrinting(long id) {
        return mayOpen(id) ? store.find(id) : Optional.empty();
    }

    /**
     * The item to print in the language of one of its versions (the one the reader chose on its page); as written
     * when it has none in that language or none is asked for.
     */
    public Optional<Item> forPrinting(long id, no.tavla.shared.Language text) {
        return forPrinting(id).map(item -> text == null || text == item.language() ? item
                : no.tavla.news.LanguageVersion.pick(item, languageVersions.of(id), text));
    }

    /** Whether the item is out for the reader (they may confirm and comment). */
    public boolean isInAudience(long id) {
        return reader().map(reader -> queries.inAudience(reader, id, clock.instant())).orElse(false);
    }

    /** The reader confirms they have read and understood a must-read item. */
    public void confirm(long id) {
        Membership reader = reader().orElseThrow(() -> new AccessDeniedException("Not a person in Tavla"));
        Instant now = clock.instant();
        if (!queries.inAudience(reader, id, now)) {
            throw new Refusal("news.unknown");
        }
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        if (item.kind() != ItemKind.MUST_READ) {
            throw new Refusal("news.confirm.not-must-read");
        }
        reading.markSeen(id, reader.personId(), now);
        reading.confirm(id, reader.personId(), item.confirmRound(), now);
    }

    /** The counts, for the item's writer and editors, managers of its audience, and communications. */
    public ReadCounts counts(long id) {
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        if (!maySeeCounts(item)) {
            throw new AccessDeniedException("Not allowed to see the counts");
        }
        return counts(item);
    }

    private ReadCounts counts(Item item) {
        Audiences.Size size = audiences.size(item.audience().wholeMunicipality(),
                NewsRules.expand(item.audience(), audiences), item.audience().roles());
        return new ReadCounts(size.people(), size.withoutComputer(), item.seenCount(), item.confirmedCount());
    }

    /**
     * Who in the audience has not confirmed a must-read item on screen: personal data, so only for the managers of
     * those people (their own units and below). Reach across all channels is the reach module's.
     */
    public List<Audiences.Member> notConfirmed(long id) {
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        Set<Long> within = policy.followedUpUnits(people.currentActor());
        if (within.isEmpty()) {
            throw new AccessDeniedException("Only managers follow up their staff by name");
        }
        if (item.kind() != ItemKind.MUST_READ) {
            return List.of();
        }
        Set<Long> confirmed = reading.confirmed(id, item.confirmRound());
        return audiences.members(item.audience().wholeMunicipality(), NewsRules.expand(item.audience(), audiences),
                item.audience().roles(), within).stream().filter(m -> !confirmed.contains(m.personId())).toList();
    }

    /** May the signed-in person see this item's counts? */
    public boolean maySeeCounts(long id) {
        return store.find(id).map(this::maySeeCounts).orElse(false);
    }

    /** Those who work on the item, at any time; managers whose staff it reaches, once it is out (AccessPolicy). */
    private boolean maySeeCounts(Item item) {
        return policy.maySeeReach(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()));
    }

    /** The writer, editors of the owning unit and communications work on an item (AccessPolicy). */
    boolean mayWorkOn(Item item) {
        return policy.mayWorkOn(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()));
    }

    /** Whether the signed-in person may work on the item (edit, withdraw, see its history). */
    public boolean mayWorkOn(long id) {
        return store.find(id).map(this::mayWorkOn).orElse(false);
    }
}
