package no.tavla.news.reading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.news.LanguageVersion;
import no.tavla.news.internal.ItemQueries;
import no.tavla.news.internal.LanguageVersionStore;
import no.tavla.news.internal.NewsRules;
import no.tavla.news.internal.NewsStore;
import no.tavla.news.internal.ReadingStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What following up an item needs from the news: who its audience holds now and how each has read it on screen, and
 * which items reached some units in a period. For those who follow up (managers, communications) and those who work on
 * the item; whose names anyone may see is decided by the caller, with {@link AccessPolicy#followedUpUnits}.
 */
@Service
public class FollowUp {

    /** A person in an item's audience, and whether they have opened it and confirmed it (this round) on screen. */
    public record Reader(Audiences.Member member, boolean seen, boolean confirmed) {
    }

    private final NewsStore store;
    private final ItemQueries items;
    private final ReadingStore reading;
    private final NewsFeed feed;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final People people;
    private final LanguageVersionStore versions;

    FollowUp(NewsStore store, ItemQueries items, ReadingStore reading, NewsFeed feed, Audiences audiences,
             AccessPolicy policy, People people, LanguageVersionStore versions) {
        this.versions = versions;
        this.store = store;
        this.items = items;
        this.reading = reading;
        this.feed = feed;
        this.audiences = audiences;
        this.policy = policy;
        this.people = people;
    }

    /** The item, whatever its state, for those who may see its counts. */
    public Optional<Item> item(long id) {
        return store.find(id).filter(item -> feed.maySeeCounts(id));
    }

    /** Whether the signed-in person works on the item (writer, the unit's editors, communications). */
    public boolean mayWorkOn(long id) {
        return feed.mayWorkOn(id);
    }

    /** The audience as it is now, limited to people whose primary unit is in {@code within} (null: everyone). */
    public List<Reader> readers(long itemId, Set<Long> within) {
        Item item = item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up this item"));
        return readersOf(item, within);
    }

    private List<Reader> readersOf(Item item, Set<Long> within) {
        return readersOf(item, audiences.members(item.audience().wholeMunicipality(),
                NewsRules.expand(item.audience(), audiences), item.audience().roles(), within));
    }

    private List<Reader> readersOf(Item item, List<Audiences.Member> members) {
        Map<Long, Boolean> read = reading.readers(item.id(), item.confirmRound());
        return members.stream()
                .map(m -> new Reader(m, read.containsKey(m.personId()),
                        item.kind() == ItemKind.MUST_READ && Boolean.TRUE.equals(read.get(m.personId()))))
                .toList();
    }

    /** For the job that follows deadlines up: must-read items out now whose deadline is in {@code [from, to)}. */
    public List<Item> deadlinesBetween(Instant from, Instant to, Instant now) {
        return items.deadlinesBetween(from, to, now, 200);
    }

    /**
     * For the same job, once it has claimed a step of the item's deadline: the audience as it is now and whether each
     * person has confirmed on screen. Asks for no sign-in (and is refused to anyone signed in): nothing of it is shown
     * to a person as it is; the job tells each manager only about their own staff.
     */
    public List<Reader> readersForDeadline(Item item) {
        return readersOf(item, audiences.membersForJob(item.audience().wholeMunicipality(),
                NewsRules.expand(item.audience(), audiences), item.audience().roles()));
    }

    /**
     * Items out in {@code [from, to)} whose audience reaches any of the units (null: any item), newest first. For
     * those who follow up staff or approve for the municipality.
     */
    public List<Item> releasedTo(Set<Long> units, Instant from, Instant to, Set<ItemKind> kinds, int limit) {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.FOLLOW_UP_REACH) && !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException("Only managers and communications follow up");
        }
        if (kinds.isEmpty() || (units != null && units.isEmpty())) {
            return List.of();
        }
        Membership reached = units == null ? null : Membership.ofUnits(units, audiences.withAncestors(units));
        return items.releasedTo(reached, from, to, kinds, Math.max(1, Math.min(limit, 500)));
    }

    /**
     * What a unit's staff-room screen shows: important items still pinned and must-read items of the last 30 days
     * that are out now and meant for everyone in the unit (no role narrowing, not only a part of it). Asks for no
     * sign-in: the caller has checked the screen's token, which names the unit. Each item in the language's version
     * where it has one (the unit's language), else as written.
     */
    public List<Item> onDisplayFor(long unitId, Instant now, int limit, Language language) {
        Membership unit = Membership.ofUnits(Set.of(unitId), audiences.withAncestors(List.of(unitId)));
        List<Item> shown = items.onDisplay(unit, now, Math.max(1, Math.min(limit, 50)));
        Map<Long, LanguageVersion> found = versions.in(shown.stream().map(Item::id).toList(), language);
        return shown.stream().map(item -> LanguageVersion.pick(item,
                found.containsKey(item.id()) ? List.of(found.get(item.id())) : List.of(), language)).toList();
    }
}
