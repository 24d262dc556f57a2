package no.tavla.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.tavla.news.FeedCard;
import no.tavla.news.FeedFilter;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.organisation.SearchableDirectory;
import no.tavla.organisation.SearchableDirectory.PersonEntry;
import no.tavla.organisation.SearchableDirectory.UnitEntry;
import no.tavla.plans.Plan;
import no.tavla.plans.SearchablePlans;
import no.tavla.search.internal.SearchIndex;
import no.tavla.search.internal.SearchMissStore;
import no.tavla.search.internal.SearchQueries;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import org.apache.lucene.search.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Search for someone signed in: items, units, people and (for those who plan) plans, best first. The index only proposes; what is shown is the
 * answer of the module that owns it for this reader: an item through the feed's own rule (its audience, from its
 * internal release until expiry, the expired ones only when the archive is asked for), a person or unit through the
 * directory (people who work here now, as the unit pages show them), a plan through the plans' own rule. So a search can never show an item early or to
 * someone outside its audience, however old or new the index is (decision 0027).
 */
@Service
public class Search {

    /** What to look among. */
    public enum Among {
        ALL, ITEMS, UNITS, PEOPLE, PLANS
    }

    /** How far back items may have been released. */
    public enum Since {
        ANY(null), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(31)), YEAR(Duration.ofDays(366));

        private final Duration back;

        Since(Duration back) {
            this.back = back;
        }
    }

    /** How items are ordered. */
    public enum Order {
        /** Best match first, newer and the reader's own units' items lifted. */
        RELEVANCE,
        /** Newest release first. */
        NEWEST
    }

    /**
     * A search.
     *
     * @param words   what the reader typed
     * @param kind    only items of this kind (null: any)
     * @param unitId  only items owned by this unit or one below it (null: any)
     * @param archive expired items too
     * @param counted a search the reader asked for (Enter, the results page), counted when it finds nothing; not each
     *                keystroke of a search as you type
     */
    public record Request(String words, Among among, ItemKind kind, Long unitId, Since since, boolean archive,
                          Order order, boolean counted) {

        public Request {
            words = words == null ? "" : words;
            among = among == null ? Among.ALL : among;
            since = since == null ? Since.ANY : since;
            order = order == null ? Order.RELEVANCE : order;
        }

        /** Everything, by relevance, not counted: a search as you type. */
        public static Request typed(String words) {
            return new Request(words, Among.ALL, null, null, Since.ANY, false, Order.RELEVANCE, false);
        }
    }

    /**
     * What was found.
     *
     * @param ready false while the index is being built (after a start or a rebuild): some things may be missing
     */
    public record Results(boolean ready, List<FeedCard> items, List<UnitEntry> units, List<PersonEntry> people,
                          List<Plan> plans) {

        public int total() {
            return items.size() + units.size() + people.size() + plans.size();
        }

        public boolean isEmpty() {
            return total() == 0;
        }
    }

    /** One week's searches that found nothing, the most frequent first. */
    public record WeekOfMisses(LocalDate weekStart, List<Miss> misses) {
    }

    /** A search that found nothing, and how many times that week. */
    public record Miss(String words, int times) {
    }

    /**
     * How many item hits the index is asked for before the feed's rule decides which the reader may see; four times
     * as many again while too few are for the reader, up to the most.
     */
    private static final int FIRST_CANDIDATES = 80;
    private static final int MAX_CANDIDATES = 1280;
    /** Added to the score of an item for the reader's own units: about one more matching word in a text. */
    private static final float OWN_UNITS_LIFT = 1.5f;
    /** At most this many of each kind are shown. */
    public static final int MAX_SHOWN = 50;
    /** The misses are kept this many weeks. */
    static final int MISS_WEEKS = 26;
    /** What the reader types is cut here. */
    public static final int MAX_LENGTH = SearchQueries.MAX_LENGTH;
    /** A search shorter than this is not searched for. */
    public static final int MIN_LENGTH = 2;

    private final IndexKeeper keeper;
    private final NewsFeed feed;
    private final SearchableDirectory directory;
    private final SearchMissStore misses;
    private final SearchablePlans plans;
    private final People people;
    private final AccessPolicy policy;
    private final Clock clock;

    Search(IndexKeeper keeper, NewsFeed feed, SearchableDirectory directory, SearchMissStore misses,
           SearchablePlans plans, People people, AccessPolicy policy, Clock clock) {
        this.plans = plans;
        this.keeper = keeper;
        this.feed = feed;
        this.directory = directory;
        this.misses = misses;
        this.people = people;
        this.policy = policy;
        this.clock = clock;
    }

    /** The search, in the reader's language (items shown in it when they have a version in it), at most a limit. */
    public Results search(Request request, Language language, int limit) {
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("Search is for people signed in");
        }
        Language reader = language == null ? Language.DEFAULT : language;
        int shown = Math.max(1, Math.min(limit, MAX_SHOWN));
        List<String> words = SearchQueries.words(request.words());
        if (String.join(" ", words).length() < MIN_LENGTH) {
            return new Results(keeper.isReady(), List.of(), List.of(), List.of(), List.of());
        }
        // the strict query first (every word, as written), looser only when it finds nothing: all but one word of
        // three or more, then typos too; the looser ones cost the most (docs/BENCHMARKS.md, "Search")
        Results results = found(SearchQueries.of(words, EnumSet.allOf(Language.class), reader, false, true), request,
                reader, shown);
        if (results.isEmpty() && words.size() >= 3) {
            results = found(SearchQueries.of(words, EnumSet.allOf(Language.class), reader, false, false), request,
                    reader, shown);
        }
        if (results.isEmpty()) {
            results = found(SearchQueries.of(words, EnumSet.allOf(Language.class), reader, true, false), request,
                    reader, shown);
        }
        if (request.counted() && results.isEmpty() && keeper.isReady()) {
            countMiss(words);
        }
        return results;
    }

    private Results found(Query query, Request request, Language reader, int shown) {
        SearchIndex index = keeper.index();
        List<FeedCard> items = request.among() == Among.ALL || request.among() == Among.ITEMS
                ? items(index, query, request, reader, shown) : List.of();
        List<UnitEntry> units = List.of();
        List<PersonEntry> found = List.of();
        if (request.among() == Among.ALL || request.among() == Among.UNITS) {
            units = inOrder(index.search(SearchIndex.Type.UNIT, query, null, shown), directory::unitsFound,
                    UnitEntry::id);
        }
        if (request.among() == Among.ALL || request.among() == Among.PEOPLE) {
            found = inOrder(index.search(SearchIndex.Type.PERSON, query, null, shown), directory::peopleFound,
                    PersonEntry::id);
        }
        List<Plan> planned = List.of();
        if ((request.among() == Among.ALL || request.among() == Among.PLANS) && plans.mayPlan()) {
            planned = inOrder(index.search(SearchIndex.Type.PLAN, query, null, shown), plans::found, Plan::id);
        }
        return new Results(keeper.isReady(), items, units, found, planned);
    }

    private List<FeedCard> items(SearchIndex index, Query query, Request request, Language reader, int shown) {
        List<Query> filters = new ArrayList<>();
        if (request.kind() != null) {
            filters.add(SearchIndex.ofKind(request.kind().name()));
        }
        if (request.unitId() != null) {
            filters.add(SearchIndex.ownedByAnyOf(directory.unitAndBelow(request.unitId())));
        }
        if (request.since().back != null) {
            filters.add(SearchIndex.releasedSince(clock.instant().minus(request.since().back)));
        }
        // only items whose audience reaches the reader's units are candidates; the feed's rule decides each one
        Optional<Membership> member = people.currentMembership();
        if (member.isEmpty()) {
            return List.of();
        }
        filters.add(SearchIndex.reaching(member.get().units(), member.get().unitsAndAbove()));
        if (request.order() == Order.RELEVANCE) {
            // a lift for items for the reader's own units (not only for everyone), scored by the index itself
            query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                            SearchIndex.reachingByUnit(member.get().units(), member.get().unitsAndAbove())),
                            OWN_UNITS_LIFT), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                    .build();
        }
        // the best hits first, more only while too few of them are for this reader (roles, times)
        Query within = SearchIndex.allOf(filters);
        Map<Long, Float> scores = new HashMap<>();
        List<FeedCard> cards = new ArrayList<>();
        for (int candidates = FIRST_CANDIDATES; ; candidates *= 4) {
            List<SearchIndex.Hit> hits = index.search(SearchIndex.Type.ITEM, query, within, candidates);
            List<Long> fresh = new ArrayList<>();
            for (SearchIndex.Hit hit : hits) {
                if (scores.putIfAbsent(hit.id(), hit.score()) == null) {
                    fresh.add(hit.id());
                }
            }
            if (!fresh.isEmpty()) {
                cards.addAll(feed.cards(FeedFilter.ALL, fresh, reader));
                if (request.archive()) {
                    cards.addAll(feed.cards(FeedFilter.ARCHIVE, fresh, reader));
                }
            }
            if (cards.size() >= shown || hits.size() < candidates || candidates >= MAX_CANDIDATES) {
                break;
            }
        }
        Comparator<FeedCard> order;
        if (request.order() == Order.NEWEST) {
            order = Comparator.comparing(FeedCard::releaseAt, Comparator.nullsLast(Comparator.reverseOrder()));
        } else {
            Instant now = clock.instant();
            Map<Long, Double> lifted = new HashMap<>();
            cards.forEach(card -> lifted.put(card.id(), scores.get(card.id()) * recency(card.releaseAt(), now)));
            order = Comparator.comparing((FeedCard card) -> lifted.get(card.id())).reversed();
        }
        return cards.stream().distinct().sorted(order.thenComparing(FeedCard::id, Comparator.reverseOrder()))
                .limit(shown).toList();
    }

    /** A lift for newer items: half as much again for today's, fading over months. */
    static double recency(Instant released, Instant now) {
        if (released == null) {
            return 1.0;
        }
        double days = Math.max(0, Duration.between(released, now).toHours() / 24.0);
        return 1.0 + 0.5 / (1.0 + days / 30.0);
    }

    private static <T> List<T> inOrder(List<SearchIndex.Hit> hits, Function<List<Long>, List<T>> owner,
                                       Function<T, Long> id) {
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Long> ids = hits.stream().map(SearchIndex.Hit::id).toList();
        Map<Long, T> found = owner.apply(ids).stream().collect(Collectors.toMap(id, t -> t));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private void countMiss(List<String> words) {
        String said = String.join(" ", words).toLowerCase(Locale.ROOT);
        if (said.length() > 100) {
            said = said.substring(0, 100);
        }
        LocalDate week = weekStart(clock.instant());
        misses.count(week, said);
    }

    private static LocalDate weekStart(Instant at) {
        return TavlaTime.localOf(at).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whether the signed-in person finds plans (those who plan: a unit's editors, communications). */
    public boolean mayFindPlans() {
        return plans.mayPlan();
    }

    /** Whether the signed-in person sees the searches that found nothing (communications). */
    public boolean maySeeMisses() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /**
     * The searches that found nothing, the last weeks, most frequent first: for communications, to write what
     * people look for. Numbers only: nobody's name is kept with a search.
     */
    public List<WeekOfMisses> misses(int weeks, int perWeek) {
        policy.requireAnywhere(Action.APPROVE);
        LocalDate thisWeek = weekStart(clock.instant());
        misses.forgetBefore(thisWeek.minusWeeks(MISS_WEEKS));
        LocalDate first = thisWeek.minusWeeks(Math.max(0, Math.min(weeks, MISS_WEEKS) - 1));
        Map<LocalDate, List<Miss>> byWeek = new LinkedHashMap<>();
        for (SearchMissStore.Miss miss : misses.since(first, Math.max(1, Math.min(perWeek, 100)))) {
            byWeek.computeIfAbsent(miss.weekStart(), week -> new ArrayList<>())
                    .add(new Miss(miss.words(), miss.times()));
        }
        return byWeek.entrySet().stream().map(week -> new WeekOfMisses(week.getKey(), week.getValue())).toList();
    }
}
