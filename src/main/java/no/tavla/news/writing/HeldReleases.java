package no.tavla.news.writing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemStatus;
import no.tavla.news.ReleaseHold;
import no.tavla.news.internal.ItemQueries;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned releases held back by a crisis (decision 0021): held when a crisis is switched on (and when one is planned
 * while it lasts), and handled one by one by communications, during the crisis or after it: released now,
 * rescheduled, or withdrawn. Nothing held goes out by itself, also when the crisis ends.
 */
@Service
public class HeldReleases {

    private final NewsStore store;
    private final ItemQueries items;
    private final Announcements announcements;
    private final PublishingSettings settings;
    private final InternalFirstPolicy internalFirst;
    private final ObjectProvider<ReleaseHold> hold;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldReleases(NewsStore store, ItemQueries items, Announcements announcements, PublishingSettings settings,
                 InternalFirstPolicy internalFirst, ObjectProvider<ReleaseHold> hold, AccessPolicy policy,
                 People people, CurrentActor current, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.items = items;
        this.announcements = announcements;
        this.settings = settings;
        this.internalFirst = internalFirst;
        this.hold = hold;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Holds every planned release back, for the crisis of that title; for those who lead crises, in the transaction
     * that switches it on.
     *
     * @return how many were held
     */
    @Transactional
    public int holdPlanned(String crisis) {
        if (!policy.mayAnywhere(people.currentActor(), Action.LEAD_CRISIS)) {
            throw new AccessDeniedException("Not allowed: " + Action.LEAD_CRISIS);
        }
        Instant now = clock.instant();
        List<Long> held = store.holdPlanned(now);
        held.forEach(id -> store.event(id, "HELD", current.nameOrSystem(), now, crisis));
        List<Long> publicHeld = store.holdPlannedPublic(now);
        publicHeld.forEach(id -> store.event(id, "HELD_PUBLIC", current.nameOrSystem(), now, crisis));
        return held.size() + publicHeld.size();
    }

    /** Whether the signed-in person may see the held items (those who lead crises, and communications). */
    public boolean maySee() {
        Actor actor = people.currentActor();
        return policy.mayAnywhere(actor, Action.APPROVE) || policy.mayAnywhere(actor, Action.LEAD_CRISIS);
    }

    /** Whether the signed-in person may release, reschedule or withdraw them (communications). */
    public boolean mayHandle() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /** The items held back, by their planned release. */
    @Transactional(readOnly = true)
    public List<Item> held() {
        if (!maySee()) {
            throw new AccessDeniedException("Not allowed to see held releases");
        }
        return items.held();
    }

    /** An item out to staff whose public part a crisis held back, and the time that part was planned for. */
    public record HeldPublic(Item item, Instant plannedAt) {
    }

    /** The items out to staff whose public part is held back, by its planned time. */
    @Transactional(readOnly = true)
    public List<HeldPublic> heldPublic() {
        if (!maySee()) {
            throw new AccessDeniedException("Not allowed to see held releases");
        }
        List<HeldPublic> held = new ArrayList<>();
        store.heldPublic().forEach((id, at) -> held.add(new HeldPublic(announcements.load(id), at)));
        return held;
    }

    /** How many are held, whole or their public part, for the crisis page and the desk. */
    public int count() {
        return maySee() ? items.held().size() + store.heldPublic().size() : 0;
    }

    /**
     * Releases it to staff now; a public release planned for too early moves to the lead time after now.
     *
     * @throws Refusal when it is no longer held
     */
    @Transactional
    public void releaseNow(long id) {
        Item item = heldItem(id);
        Instant now = clock.instant();
        Instant external = item.externalReleaseAt() == null ? null
                : later(item.externalReleaseAt(), now.plus(settings.leadTime()));
        store.setStatus(id, ItemStatus.PUBLISHED, null, now);
        store.reschedule(id, now, external, now);
        store.event(id, "RELEASED_BY_HAND", current.nameOrSystem(), now, null);
    }

    /**
     * Plans it anew (while a crisis lasts, a time ahead holds it again).
     *
     * @throws Refusal when it is no longer held, or the times break internal first or its expiry
     */
    @Transactional
    public void reschedule(long id, Instant internalAt, Instant externalAt) {
        heldItem(id);
        store.setStatus(id, ItemStatus.PUBLISHED, null, clock.instant());
        announcements.reschedule(id, internalAt, externalAt);
    }

    /** Withdraws it, saying why; it never goes out. */
    @Transactional
    public void withdraw(long id, String reason) {
        heldItem(id);
        String why = Announcements.requiredReason(reason);
        Instant now = clock.instant();
        store.setStatus(id, ItemStatus.WITHDRAWN, null, now);
        store.event(id, "WITHDRAWN", current.nameOrSystem(), now, why);
        events.publishEvent(new ItemChanged(id, ItemChanged.Kind.WITHDRAWN));
    }

    /**
     * Publishes the held public part now, or when the lead time since staff got it has passed.
     *
     * @throws Refusal when its public part is not held
     */
    @Transactional
    public void releasePublicNow(long id) {
        Item item = heldPublicItem(id);
        Instant now = clock.instant();
        Instant external = item.alreadyPublic() ? now : later(now, item.releaseAt().plus(settings.leadTime()));
        store.planHeldPublic(id, external, false, now);
        // the release job sees its public release come as any other's
        store.event(id, "RELEASED_PUBLIC_BY_HAND", current.nameOrSystem(), now, null);
    }

    /**
     * Plans the held public part anew; while a crisis lasts it stays held, with that time.
     *
     * @throws Refusal when its public part is not held, or the time is missing, past, too early for internal first
     *                 or after its expiry
     */
    @Transactional
    public void reschedulePublic(long id, Instant externalAt) {
        Item item = heldPublicItem(id);
        Instant now = clock.instant();
        if (externalAt == null || !externalAt.isAfter(now)) {
            throw new Refusal("news.held.public.time");
        }
        internalFirst.check(externalAt, item.releaseAt(), item.alreadyPublic());
        if (item.expiresAt() != null && !item.expiresAt().isAfter(externalAt)) {
            throw new Refusal("news.expiry.before-release");
        }
        boolean stillHeld = Optional.ofNullable(hold.getIfAvailable()).flatMap(ReleaseHold::holding).isPresent();
        store.planHeldPublic(id, externalAt, stillHeld, now);
        store.event(id, "RESCHEDULED_PUBLIC", current.nameOrSystem(), now, null);
    }

    /** Drops the held public part, saying why: the item stays for staff only. */
    @Transactional
    public void keepInternal(long id, String reason) {
        heldPublicItem(id);
        String why = Announcements.requiredReason(reason);
        Instant now = clock.instant();
        store.dropHeldPublic(id, now);
        store.event(id, "KEPT_INTERNAL", current.nameOrSystem(), now, why);
    }

    private Item heldPublicItem(long id) {
        if (!mayHandle()) {
            throw new AccessDeniedException("Only communications handle held releases");
        }
        Item item = announcements.load(id);
        if (store.heldPublicAt(id).isEmpty()) {
            throw new Refusal("news.status.wrong");
        }
        return item;
    }

    private Item heldItem(long id) {
        if (!mayHandle()) {
            throw new AccessDeniedException("Only communications handle held releases");
        }
        Item item = announcements.load(id);
        Announcements.requireStatus(item, ItemStatus.HELD);
        return item;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
