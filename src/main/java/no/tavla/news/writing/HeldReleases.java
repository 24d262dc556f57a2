package no.tavla.news.writing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemStatus;
import no.tavla.news.internal.ItemQueries;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
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
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldReleases(NewsStore store, ItemQueries items, Announcements announcements,
                 PublishingSettings settings, AccessPolicy policy, People people, CurrentActor current,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.items = items;
        this.announcements = announcements;
        this.settings = settings;
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
        return held.size();
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

    /** How many are held, for the crisis page and the desk. */
    public int count() {
        return maySee() ? items.held().size() : 0;
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
