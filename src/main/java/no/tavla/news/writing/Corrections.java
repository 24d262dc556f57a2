package no.tavla.news.writing;

import no.tavla.news.Item;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.PendingCorrection;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of published items. Approved text stays approved: a writer who may publish the item alone corrects it
 * at once; otherwise (whole municipality, beyond their units, a public part) the correction waits for communications,
 * and readers and the public channel keep the text communications approved until they confirm it. Every applied
 * change keeps the earlier text as a numbered version, and the history says who approved which revision.
 *
 * @see "docs/decisions/0013-approved-text-stays-approved.md"
 */
@Service
public class Corrections {

    /** What became of a correction. */
    public enum Outcome {
        /** Readers see it now. */
        APPLIED,
        /** It waits for communications; readers keep the approved text. */
        PROPOSED
    }

    private final Announcements announcements;
    private final NewsStore store;
    private final People people;
    private final CurrentActor current;
    private final java.time.Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    Corrections(Announcements announcements, NewsStore store, People people, CurrentActor current,
                java.time.Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.announcements = announcements;
        this.store = store;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Changes a published item. A significant correction of a must-read item asks confirmed readers to confirm again;
     * a minor one disturbs nobody. The audience, kind and release stay as approved; pinning, comments, expiry and the
     * contact change at once.
     */
    @Transactional
    public Outcome correct(long id, ItemDraft draft, boolean significant, String note) {
        Item item = announcements.load(id);
        announcements.requireEditable(item);
        Announcements.requireStatus(item, ItemStatus.PUBLISHED);
        Announcements.checkLengths(draft);
        ItemDraft corrected = new ItemDraft(draft.title(), draft.lead(), draft.body(), item.unitId(),
                draft.contactPersonId(), item.kind(), draft.pinnedUntil(), draft.commentsEnabled(), item.audience(),
                item.releaseAt(), draft.expiresAt(), item.externalReleaseAt(), draft.confirmBy(),
                item.language());
        announcements.checkComplete(corrected);
        String why = note == null || note.isBlank() ? null : Announcements.limited(note.strip(),
                Announcements.MAX_REASON);
        Instant now = clock.instant();
        Actor actor = people.currentActor();
        boolean textChanged = !Objects.equals(item.title(), draft.title()) || !Objects.equals(item.lead(), draft.lead())
                || !Objects.equals(item.body(), draft.body());
        if (textChanged && !announcements.mayPublishDirectly(actor, item)) {
            // the settings change now; the text waits for communications
            store.update(id, new ItemDraft(item.title(), item.lead(), item.body(), item.unitId(),
                    corrected.contactPersonId(), item.kind(), corrected.pinnedUntil(), corrected.commentsEnabled(),
                    item.audience(), item.releaseAt(), corrected.expiresAt(), item.externalReleaseAt(),
                    corrected.confirmBy(), item.language()), now);
            store.proposeCorrection(id, draft.title(), draft.lead(), draft.body(), significant, why,
                    current.nameOrSystem(), now);
            store.event(id, "CORRECTION_PROPOSED", current.nameOrSystem(), now, why, item.revision() + 1);
            return Outcome.PROPOSED;
        }
        apply(item, corrected, significant, why, now);
        store.event(id, significant ? "CORRECTED_SIGNIFICANT" : "CORRECTED_MINOR", current.nameOrSystem(), now, why,
                item.revision() + 1);
        return Outcome.APPLIED;
    }

    /** The correction waiting for communications, for those who work on the item. */
    @Transactional(readOnly = true)
    public Optional<PendingCorrection> pending(long id) {
        announcements.requireEditable(announcements.load(id));
        return store.pendingCorrection(id);
    }

    /** Communications confirm the waiting correction: readers (and the public) see it from now. */
    @Transactional
    public void confirm(long id) {
        announcements.requireApprover();
        Item item = announcements.load(id);
        Announcements.requireStatus(item, ItemStatus.PUBLISHED);
        PendingCorrection pending = store.pendingCorrection(id).orElseThrow(() -> new Refusal("news.correction.none"));
        Instant now = clock.instant();
        if (!store.decideCorrection(pending.id(), "CONFIRMED", current.nameOrSystem(), now, null)) {
            throw new Refusal("news.correction.none");
        }
        ItemDraft corrected = new ItemDraft(pending.title(), pending.lead(), pending.body(), item.unitId(),
                item.contactPersonId(), item.kind(), item.pinnedUntil(), item.commentsEnabled(), item.audience(),
                item.releaseAt(), item.expiresAt(), item.externalReleaseAt(), item.confirmBy(),
                item.language());
        announcements.checkComplete(corrected);
        apply(item, corrected, pending.significant(), pending.note(), now);
        store.event(id, "CORRECTION_CONFIRMED", current.nameOrSystem(), now, pending.proposedBy(),
                item.revision() + 1);
    }

    /** Communications turn the waiting correction down, saying why; the approved text stays. */
    @Transactional
    public void reject(long id, String reason) {
        announcements.requireApprover();
        announcements.load(id);
        String why = Announcements.requiredReason(reason);
        PendingCorrection pending = store.pendingCorrection(id).orElseThrow(() -> new Refusal("news.correction.none"));
        Instant now = clock.instant();
        if (!store.decideCorrection(pending.id(), "REJECTED", current.nameOrSystem(), now, why)) {
            throw new Refusal("news.correction.none");
        }
        store.event(id, "CORRECTION_REJECTED", current.nameOrSystem(), now, why);
    }

    private void apply(Item item, ItemDraft corrected, boolean significant, String why, Instant now) {
        store.version(item, significant, why, current.nameOrSystem(), now);
        store.update(item.id(), corrected, now);
        // the clear-language trend counts the text readers have now
        announcements.keepHints(item.id(), corrected);
        if (significant && item.kind() == ItemKind.MUST_READ) {
            store.newConfirmationRound(item.id());
        }
        if (significant && item.isOut(now)) {
            events.publishEvent(new no.tavla.news.ItemCorrected(item.id(), item.revision() + 1, why));
        }
    }
}
