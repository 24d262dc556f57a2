package no.tavla.news.writing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.tavla.news.Audience;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public information in a crisis (issue 15): communications publish an item externally at once. Internal still goes
 * first, by {@link #INTERNAL_FIRST_BY}, instead of the organisation's lead time (the one exception to internal first,
 * recorded on the item and in the crisis log); the public feed marks it as crisis information.
 */
@Service
public class CrisisItems {

    /** How long staff have a crisis item before the public does. */
    public static final Duration INTERNAL_FIRST_BY = Duration.ofSeconds(10);

    private final Announcements announcements;
    private final NewsStore store;
    private final UnitPages units;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    CrisisItems(Announcements announcements, NewsStore store, UnitPages units, AccessPolicy policy, People people,
                CurrentActor current, Clock clock) {
        this.announcements = announcements;
        this.store = store;
        this.units = units;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** Whether the signed-in person may publish one (communications). */
    public boolean mayPublish() {
        return policy.mayApprove(people.currentActor());
    }

    /** What a crisis item did: its id, and when staff and the public get it. */
    public record Published(long itemId, Instant internalAt, Instant externalAt) {
    }

    /**
     * Publishes the item from the municipality (its top unit) to everyone: to staff now, to the public
     * {@link #INTERNAL_FIRST_BY} later.
     *
     * @throws Refusal when the title or text is missing or too long (nothing is written)
     */
    @Transactional
    public Published publish(long crisisId, String crisisTitle, String title, String lead, String body) {
        if (!mayPublish()) {
            throw new AccessDeniedException("Only communications publish crisis information");
        }
        if (title == null || title.isBlank()) {
            throw new Refusal("news.title.required");
        }
        if (body == null || body.isBlank()) {
            throw new Refusal("crisis.public.text.required");
        }
        List<UnitTreeEntry> tree = units.tree();
        long municipality = tree.stream().filter(unit -> unit.parentId() == null && unit.active()).findFirst()
                .or(() -> tree.stream().filter(UnitTreeEntry::active).findFirst())
                .orElseThrow(() -> new Refusal("crisis.public.no-unit")).id();
        Instant now = clock.instant();
        Instant external = now.plus(INTERNAL_FIRST_BY);
        long id = announcements.create(ItemDraft.of(title.strip(), lead == null ? "" : lead.strip(), body.strip(),
                municipality, null, ItemKind.IMPORTANT, null, false, Audience.everyone(), now, null, external));
        store.setStatus(id, ItemStatus.PUBLISHED, now, now);
        store.reschedule(id, now, external, now);
        store.event(id, "PUBLISHED_CRISIS", current.nameOrSystem(), now, crisisTitle);
        store.markCrisisItem(id, crisisId);
        return new Published(id, now, external);
    }

    /** The items published for the crisis, oldest first. */
    public List<Long> of(long crisisId) {
        return store.crisisItems(crisisId);
    }
}
