package no.tavla.news.writing;

import no.tavla.news.Audience;
import no.tavla.news.Breach;
import no.tavla.news.ChangeKind;
import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemStep;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemEvent;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.ReleaseHold;
import no.tavla.news.ItemVersion;
import no.tavla.news.PlanRequirement;
import no.tavla.news.PlannedRelease;
import no.tavla.news.internal.NewsRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.internal.ItemQueries;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing items and their workflow. A unit editor publishes or schedules directly when the audience lies within their
 * own units and the item is internal only; anything organisation-wide, beyond their units or with an external release
 * is submitted to communications, who approve it (it is then scheduled) or return it with a reason. Every step is
 * recorded. Who may do what is asked of the {@link AccessPolicy}.
 */
@Service
public class Announcements {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LEAD = 600;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_REASON = 1000;
    /** The least time between a must-read item's release and its deadline to confirm it. */
    public static final Duration MIN_TIME_TO_CONFIRM = Duration.ofHours(1);

    private final NewsStore store;
    private final ItemQueries items;
    private final AccessPolicy policy;
    private final People people;
    private final Audiences audiences;
    private final CurrentActor current;
    private final Clock clock;
    private final UnitPages unitPages;
    private final InternalFirstPolicy internalFirst;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final org.springframework.beans.factory.ObjectProvider<no.tavla.news.ChannelForecast> forecast;
    private final org.springframework.beans.factory.ObjectProvider<no.tavla.news.ReleaseHold> hold;
    private final org.springframework.beans.factory.ObjectProvider<no.tavla.news.ItemPlan> plans;
    private final WritingHints writingHints;

    Announcements(NewsStore store, ItemQueries items, AccessPolicy policy, People people, Audiences audiences, CurrentActor current,
                  Clock clock, UnitPages unitPages, InternalFirstPolicy internalFirst,
                  org.springframework.context.ApplicationEventPublisher events,
                  org.springframework.beans.factory.ObjectProvider<no.tavla.news.ChannelForecast> forecast,
                  org.springframework.beans.factory.ObjectProvider<no.tavla.news.ReleaseHold> hold,
                  org.springframework.beans.factory.ObjectProvider<no.tavla.news.ItemPlan> plans,
                  WritingHints writingHints) {
        this.writingHints = writingHints;
        this.plans = plans;
        this.forecast = forecast;
        this.hold = hold;
        this.unitPages = unitPages;
        this.internalFirst = internalFirst;
        this.events = events;
        this.store = store;
        this.items = items;
        this.policy = policy;
        this.people = people;
        this.audiences = audiences;
        this.current = current;
        this.clock = clock;
    }

    /**
     * The units for the write page: every active one (for the audience), those the signed-in person may write for, and
     * the one a new item belongs to: their own unit when they write for it, else the unit they are editor for (not
     * one of its sub-units), else the first they may write for.
     */
    public record WritingUnits(List<UnitTreeEntry> active, List<UnitTreeEntry> writable, Optional<UnitTreeEntry> own) {
    }

    public WritingUnits writingUnits() {
        Actor actor = people.currentActor();
        List<UnitTreeEntry> active = unitPages.tree().stream().filter(UnitTreeEntry::active).toList();
        List<UnitTreeEntry> writable = active.stream()
                .filter(u -> policy.may(actor, Action.PUBLISH_FOR_UNIT, u.id())).toList();
        Optional<Long> home = actor.personId().flatMap(unitPages::primaryUnitOf);
        Optional<UnitTreeEntry> own = writable.stream().filter(u -> home.isPresent() && u.id() == home.get())
                .findFirst()
                .or(() -> writable.stream().filter(u -> actor.unitRoles().getOrDefault(u.id(), Set.of())
                        .contains(Role.EDITOR)).findFirst())
                .or(() -> writable.stream().findFirst());
        return new WritingUnits(active, writable, own);
    }

    /** Starts a draft; for editors (in the owning unit), communications and administrators. */
    @Transactional
    public long create(ItemDraft draft) {
        Actor actor = people.currentActor();
        long author = actor.personId().orElseThrow(() -> new AccessDeniedException("Only people in Tavla write"));
        if (!policy.may(actor, Action.PUBLISH_FOR_UNIT, draft.unitId())) {
            throw new AccessDeniedException("Not a writer for this unit");
        }
        checkLengths(draft);
        checkContact(draft);
        Instant now = clock.instant();
        long id = store.insert(withContact(draft, author), author, now);
        store.event(id, "CREATED", current.nameOrSystem(), now, null);
        keepHints(id, draft);
        return id;
    }

    /** Saves a draft as it is typed (also a returned or submitted one). Only lengths are checked. */
    @Transactional
    public void save(long id, ItemDraft draft) {
        Item item = load(id);
        requireEditable(item);
        if (item.status() == ItemStatus.PUBLISHED || item.status() == ItemStatus.WITHDRAWN) {
            throw new Refusal("news.save.published");
        }
        if (item.status() == ItemStatus.SUBMITTED && !policy.mayApprove(people.currentActor())) {
            // communications may be reading it: the text they approve is the text they saw
            throw new Refusal("news.submitted.locked");
        }
        if (draft.unitId() != item.unitId() && !policy.may(people.currentActor(), Action.PUBLISH_FOR_UNIT,
                draft.unitId())) {
            throw new AccessDeniedException("Not a writer for this unit");
        }
        checkLengths(draft);
        checkContact(draft);
        store.update(id, withContact(draft, item.authorId()), clock.instant());
        keepHints(id, draft);
    }

    /** What the writing hints say of the text as saved, kept with the item for communications' trend (issue 17). */
    void keepHints(long id, ItemDraft draft) {
        WritingHints.Result result = writingHints.check(draft.title(), draft.lead(), draft.body(),
                draft.language().tag(),
                WritingHints.Limits.DEFAULT);
        store.keepHints(id, result.lix(), result.longSentences(), (int) result.hints().stream()
                .filter(hint -> hint.kind() == WritingHints.Kind.PLAINER_WORD).count(),
                (int) result.accessibilityHints());
    }

    /** One week of clear language in what went out to staff. @param medianLix null when no item was measured */
    public record ClearLanguageWeek(java.time.LocalDate monday, int items, Integer medianLix, int overTarget,
                                    int longSentences, int plainerWords, int accessibility) {
    }

    /**
     * Clear language in the items released to staff, week by week for the last {@code weeks} (this one included), as
     * numbers only (no writer, no item): for communications, who see where the municipality's writing goes.
     */
    @Transactional(readOnly = true)
    public List<ClearLanguageWeek> clearLanguage(int weeks) {
        requireApprover();
        java.time.LocalDate thisMonday = java.time.LocalDate.now(clock.withZone(no.tavla.shared.TavlaTime.ZONE))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        List<NewsStore.Hinted> hinted = store.hintsReleased(first.atStartOfDay(no.tavla.shared.TavlaTime.ZONE)
                .toInstant(), clock.instant());
        List<ClearLanguageWeek> result = new java.util.ArrayList<>();
        for (java.time.LocalDate monday = first; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            Instant from = monday.atStartOfDay(no.tavla.shared.TavlaTime.ZONE).toInstant();
            Instant until = monday.plusWeeks(1).atStartOfDay(no.tavla.shared.TavlaTime.ZONE).toInstant();
            List<NewsStore.Hinted> week = hinted.stream().filter(item -> !item.releasedAt().isBefore(from)
                    && item.releasedAt().isBefore(until)).toList();
            List<Integer> lix = week.stream().map(NewsStore.Hinted::lix).filter(java.util.Objects::nonNull).sorted()
                    .toList();
            result.add(new ClearLanguageWeek(monday, week.size(), lix.isEmpty() ? null : lix.get(lix.size() / 2),
                    (int) lix.stream().filter(value -> value > WritingHints.Limits.DEFAULT.lixTarget()).count(),
                    week.stream().mapToInt(NewsStore.Hinted::longSentences).sum(),
                    week.stream().mapToInt(NewsStore.Hinted::plainerWords).sum(),
                    week.stream().mapToInt(NewsStore.Hinted::accessibility).sum()));
        }
        return result;
    }

    /** The item for its writer or for communications, whatever its status. */
    @Transactional(readOnly = true)
    public Item forEditing(long id) {
        Item item = load(id);
        requireEditable(item);
        return item;
    }

    /** Whether the signed-in person may publish this item without approval. */
    @Transactional(readOnly = true)
    public boolean mayPublishDirectly(long id) {
        return mayPublishDirectly(people.currentActor(), load(id));
    }

    /** How many people the audience holds now, and how many of them have no work computer. */
    @Transactional(readOnly = true)
    public Audiences.Size audienceSize(Audience audience) {
        if (!policy.mayAnywhere(people.currentActor(), Action.PUBLISH_FOR_UNIT)) {
            throw new AccessDeniedException("Only writers count audiences");
        }
        if (audience.isEmpty()) {
            return new Audiences.Size(0, 0);
        }
        return audiences.size(audience.wholeMunicipality(), NewsRules.expand(audience, audiences), audience.roles());
    }

    /**
     * How the item would reach its audience by channel (screen, e-mail now, digest, SMS, no channel: paper); empty when
     * no module answers it. For writers, as the audience's size.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<no.tavla.news.ChannelForecast.Channels> channels(Audience audience, ItemKind kind) {
        if (!policy.mayAnywhere(people.currentActor(), Action.PUBLISH_FOR_UNIT)) {
            throw new AccessDeniedException("Only writers count audiences");
        }
        if (audience.isEmpty() || forecast.getIfAvailable() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(forecast.getObject().forecast(audience.wholeMunicipality(),
                NewsRules.expand(audience, audiences), audience.roles(), kind == null ? ItemKind.NORMAL : kind));
    }

    /**
     * Publishes now, or schedules for the release time; only within the writer's own rights (else submit).
     *
     * @return when staff get it: the release time, or now if that time has passed
     */
    @Transactional
    public Instant publish(long id) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.DRAFT, ItemStatus.RETURNED);
        checkComplete(item);
        if (!mayPublishDirectly(people.currentActor(), item)) {
            throw new Refusal("news.publish.needs-approval");
        }
        return release(item, "PUBLISHED", null);
    }

    /**
     * Whether the item announces a reorganisation or a change to services, and so needs a communication plan before it
     * is submitted or published (issue 16). For those who work on it, while it is still theirs to change.
     */
    @Transactional
    public void markChange(long id, ChangeKind kind) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.DRAFT, ItemStatus.RETURNED, ItemStatus.SUBMITTED);
        if (item.status() == ItemStatus.SUBMITTED && !policy.mayApprove(people.currentActor())) {
            throw new Refusal("news.submitted.locked");
        }
        PlanRequirement now = planRequirement(item);
        if (now.kind() == kind) {
            return;
        }
        store.setChangeKind(id, kind);
        store.event(id, kind == null ? "UNMARKED_CHANGE" : "MARKED_" + kind.name(), current.nameOrSystem(),
                clock.instant(), null);
    }

    /**
     * Communications let an item that needs a plan go without one, saying why; recorded on the item and in its
     * history.
     */
    @Transactional
    public void waivePlan(long id, String reason) {
        Item item = load(id);
        if (!mayWaivePlan(item)) {
            throw new AccessDeniedException("Only communications waive a plan");
        }
        requireStatus(item, ItemStatus.DRAFT, ItemStatus.RETURNED, ItemStatus.SUBMITTED);
        if (!planRequirement(item).required()) {
            throw new Refusal("news.plan.not-required");
        }
        String why = requiredReason(reason);
        Instant now = clock.instant();
        store.waivePlan(id, why, current.nameOrSystem(), now);
        store.event(id, "PLAN_WAIVED", current.nameOrSystem(), now, why);
    }

    /** Whether the signed-in person may waive the item's plan: communications, for its unit. */
    @Transactional(readOnly = true)
    public boolean mayWaivePlan(long id) {
        return mayWaivePlan(load(id));
    }

    private boolean mayWaivePlan(Item item) {
        return policy.may(people.currentActor(), Action.APPROVE, item.unitId());
    }

    /** Whether the item needs a plan and has one (or a waiver); for those who work on it. */
    @Transactional(readOnly = true)
    public PlanRequirement planRequirement(long id) {
        Item item = load(id);
        requireEditable(item);
        return planRequirement(item);
    }

    private PlanRequirement planRequirement(Item item) {
        no.tavla.news.ItemPlan plan = plans.getIfAvailable();
        return store.planRequirement(item.id(), plan != null && plan.planned(item.id())).orElseThrow(() ->
                new Refusal("news.unknown"));
    }

    /** Sends the item to communications for approval. */
    @Transactional
    public void submit(long id) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.DRAFT, ItemStatus.RETURNED);
        checkComplete(item);
        Instant now = clock.instant();
        store.setStatus(id, ItemStatus.SUBMITTED, null, now);
        store.event(id, "SUBMITTED", current.nameOrSystem(), now, null);
        step(item, ItemStep.Step.SUBMITTED);
    }

    private void step(Item item, ItemStep.Step step) {
        events.publishEvent(new ItemStep(item.id(), step, item.authorId(), people.currentActor().personId()
                .orElse(null)));
    }

    /** The writer takes a submitted item back to change it; it must be submitted again. */
    @Transactional
    public void recall(long id) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.SUBMITTED);
        Instant now = clock.instant();
        store.setStatus(id, ItemStatus.DRAFT, null, now);
        store.event(id, "RECALLED", current.nameOrSystem(), now, null);
    }

    /**
     * Communications approve a submitted item: it is published at its release time (at once if that has passed, or
     * if the news is already known outside).
     *
     * @return when staff get it
     */
    @Transactional
    public Instant approve(long id) {
        requireApprover();
        Item item = load(id);
        requireStatus(item, ItemStatus.SUBMITTED);
        checkComplete(item);
        Instant at = release(item, "APPROVED", null);
        step(item, ItemStep.Step.APPROVED);
        return at;
    }

    /** Communications return a submitted item to its writer, saying why. */
    @Transactional
    public void returnToWriter(long id, String reason) {
        requireApprover();
        Item item = load(id);
        requireStatus(item, ItemStatus.SUBMITTED);
        String why = requiredReason(reason);
        Instant now = clock.instant();
        store.setStatus(id, ItemStatus.RETURNED, null, now);
        store.event(id, "RETURNED", current.nameOrSystem(), now, why);
        step(item, ItemStep.Step.RETURNED);
    }

    /** Takes a published item down, saying why; for its writer (within their rights) and communications. */
    @Transactional
    public void withdraw(long id, String reason) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.PUBLISHED);
        String why = requiredReason(reason);
        Instant now = clock.instant();
        store.setStatus(id, ItemStatus.WITHDRAWN, null, now);
        store.event(id, "WITHDRAWN", current.nameOrSystem(), now, why);
        events.publishEvent(new ItemChanged(id, ItemChanged.Kind.WITHDRAWN));
    }

    /**
     * Moves the release times of a published item. Once staff have it, only the external release moves; whatever moves,
     * the public never gets it before the internal release plus the lead time. An item with a public part is
     * rescheduled by communications only.
     */
    @Transactional
    public void reschedule(long id, Instant internalAt, Instant externalAt) {
        Item item = load(id);
        requireEditable(item);
        requireStatus(item, ItemStatus.PUBLISHED);
        Actor actor = people.currentActor();
        boolean approver = policy.mayAnywhere(actor, Action.APPROVE);
        if ((item.externalRelease() || externalAt != null) && !approver) {
            throw new Refusal("news.publish.needs-approval");
        }
        if (!mayPublishDirectly(actor, item)) {
            throw new AccessDeniedException("Not allowed to reschedule this item");
        }
        Instant now = clock.instant();
        Instant internal = item.isOut(now) ? item.releaseAt()
                : internalAt == null || internalAt.isBefore(now) ? now : internalAt;
        checkInternalFirst(externalAt, internal, item.alreadyPublic());
        if (item.expiresAt() != null && !item.expiresAt().isAfter(internal)) {
            throw new Refusal("news.expiry.before-release");
        }
        store.reschedule(id, internal, externalAt, now);
        store.event(id, "RESCHEDULED", current.nameOrSystem(), now, null);
        heldIfACrisisLasts(id, internal, now);
    }

    /**
     * The news came out externally first (media, a leak). It is counted as a breach of internal first and shown with
     * a banner saying it is already known outside. What the writer may publish alone (or what communications approved
     * or approve now) goes to staff at once; anything else is sent to communications straight away, marked, and goes
     * out the moment they approve it: marking an item already public never widens what its writer may publish alone.
     *
     * @return whether the item went out now (false: it waits for communications)
     */
    @Transactional
    public boolean markAlreadyPublic(long id, String reason) {
        Item item = load(id);
        requireEditable(item);
        if (item.status() == ItemStatus.WITHDRAWN || item.status() == ItemStatus.HELD) {
            throw new Refusal("news.status.wrong");
        }
        if (item.alreadyPublic()) {
            return item.status() == ItemStatus.PUBLISHED;
        }
        String why = requiredReason(reason);
        if (item.title().isBlank()) {
            throw new Refusal("news.title.required");
        }
        if (item.audience().isEmpty()) {
            throw new Refusal("news.audience.required");
        }
        Instant now = clock.instant();
        Actor actor = people.currentActor();
        boolean approved = item.status() == ItemStatus.PUBLISHED || policy.mayApprove(actor);
        if (approved || mayPublishDirectly(actor, item)) {
            store.markAlreadyPublic(id, why, now, approved ? item.externalReleaseAt() : null);
            store.event(id, "ALREADY_PUBLIC", current.nameOrSystem(), now, why, item.revision());
            return true;
        }
        checkComplete(item.draft());
        if (!planRequirement(item).met()) {
            throw new Refusal("news.plan.required");
        }
        store.flagAlreadyPublic(id, why, now);
        if (item.status() != ItemStatus.SUBMITTED) {
            store.setStatus(id, ItemStatus.SUBMITTED, null, now);
        }
        store.event(id, "ALREADY_PUBLIC_SUBMITTED", current.nameOrSystem(), now, why);
        return false;
    }

    /** Three or more organisation-wide releases within this window make a crowded morning. */
    static final Duration CROWDED_WINDOW = Duration.ofHours(2);
    static final int CROWDED = 3;

    /**
     * The scheduled internal and external releases from now until the instant, in time order, each flagged when it
     * falls in a crowded window (several organisation-wide items at about the same time). Communications only.
     */
    @Transactional(readOnly = true)
    public List<PlannedRelease> planning(Instant until) {
        requireApprover();
        Instant now = clock.instant();
        List<PlannedRelease> releases = new java.util.ArrayList<>();
        for (Item item : items.scheduled(now, until)) {
            if (item.releaseAt().isAfter(now) && !item.releaseAt().isAfter(until)) {
                releases.add(new PlannedRelease(item.id(), item.title(), item.unitName(), item.releaseAt(), false,
                        item.audience().wholeMunicipality(), false));
            }
            if (item.externalReleaseAt() != null && item.externalReleaseAt().isAfter(now)
                    && !item.externalReleaseAt().isAfter(until)) {
                releases.add(new PlannedRelease(item.id(), item.title(), item.unitName(), item.externalReleaseAt(),
                        true,
                        item.audience().wholeMunicipality(), false));
            }
        }
        releases.sort(java.util.Comparator.comparing(PlannedRelease::at));
        List<PlannedRelease> flagged = new java.util.ArrayList<>();
        for (PlannedRelease release : releases) {
            long near = releases.stream().filter(r -> !r.external() && r.wholeMunicipality() && !release.external()
                    && release.wholeMunicipality()
                    && Duration.between(r.at(), release.at()).abs().compareTo(CROWDED_WINDOW) < 0).count();
            flagged.add(new PlannedRelease(release.itemId(), release.title(), release.unitName(), release.at(),
                    release.external(), release.wholeMunicipality(), near >= CROWDED));
        }
        return flagged;
    }

    /**
     * The editorial calendar's items in {@code (from, until]} (decision 0024): for writers and communications. What the
     * reader works on is shown in full, with whether they may move it; of anything else only a release for the whole
     * municipality is shown, without what it is, so that everyone sees the crowded mornings.
     */
    @Transactional(readOnly = true)
    public List<no.tavla.news.CalendarEntry> calendar(Instant from, Instant until) {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.PUBLISH_FOR_UNIT)) {
            throw new AccessDeniedException("Not allowed to see the editorial calendar");
        }
        Instant now = clock.instant();
        List<Item> found = items.onCalendar(from, until);
        java.util.Set<Instant> wide = new java.util.HashSet<>();
        found.stream().filter(item -> item.status() == ItemStatus.PUBLISHED && item.audience().wholeMunicipality()
                && item.releaseAt() != null).forEach(item -> wide.add(item.releaseAt()));
        List<no.tavla.news.CalendarEntry> entries = new java.util.ArrayList<>();
        for (Item item : found) {
            boolean mine = policy.mayWorkOn(actor, NewsRules.scope(item, audiences, now));
            boolean whole = item.audience().wholeMunicipality();
            if (!mine && !(whole && item.status() == ItemStatus.PUBLISHED)) {
                continue;
            }
            no.tavla.news.CalendarEntry.Kind kind = switch (item.status()) {
                case PUBLISHED -> no.tavla.news.CalendarEntry.Kind.INTERNAL;
                case HELD -> no.tavla.news.CalendarEntry.Kind.HELD;
                case SUBMITTED -> no.tavla.news.CalendarEntry.Kind.SUBMITTED;
                default -> no.tavla.news.CalendarEntry.Kind.DRAFT;
            };
            boolean movable = mine && item.status() != ItemStatus.HELD && !item.isOut(now);
            if (item.releaseAt() != null && item.releaseAt().isAfter(from) && !item.releaseAt().isAfter(until)) {
                boolean crowded = kind == no.tavla.news.CalendarEntry.Kind.INTERNAL && whole
                        && crowded(item.releaseAt(), wide);
                entries.add(new no.tavla.news.CalendarEntry(mine ? item.id() : 0, mine ? item.title() : null,
                        mine ? item.unitName() : null, item.releaseAt(), kind, whole, crowded, movable));
            }
            if (mine && item.externalReleaseAt() != null && item.externalReleaseAt().isAfter(from)
                    && !item.externalReleaseAt().isAfter(until) && item.status() == ItemStatus.PUBLISHED) {
                entries.add(new no.tavla.news.CalendarEntry(item.id(), item.title(), item.unitName(),
                        item.externalReleaseAt(), no.tavla.news.CalendarEntry.Kind.EXTERNAL, whole, false, false));
            }
        }
        entries.sort(java.util.Comparator.comparing(no.tavla.news.CalendarEntry::at));
        return entries;
    }

    /** Whether a release at the instant is one of {@link #CROWDED} or more for everyone within the crowded window. */
    private static boolean crowded(Instant at, java.util.Collection<Instant> wholeMunicipality) {
        return wholeMunicipality.stream().filter(other -> Duration.between(other, at).abs()
                .compareTo(CROWDED_WINDOW) < 0).count() >= CROWDED;
    }

    /**
     * Moves an item on the editorial calendar to a new internal time, by the write page's rules: a draft (or a
     * returned or, for communications, a submitted item) is saved with the new time, a planned release is rescheduled
     * (internal first, approval for a public part); a public release moves with it, keeping its distance.
     *
     * @throws Refusal when the item is out already, held, or the new time breaks a rule (nothing is changed)
     */
    @Transactional
    public void move(long id, Instant to) {
        Item item = load(id);
        requireEditable(item);
        Instant now = clock.instant();
        if (to == null) {
            throw new Refusal("news.calendar.time.required");
        }
        if (!to.isAfter(now)) {
            throw new Refusal("news.calendar.past");
        }
        if (item.isOut(now) || item.status() == ItemStatus.WITHDRAWN) {
            throw new Refusal("news.calendar.out");
        }
        if (item.status() == ItemStatus.HELD) {
            throw new Refusal("news.calendar.held");
        }
        Instant from = item.releaseAt() == null ? now : item.releaseAt();
        Instant external = item.externalReleaseAt() == null ? null
                : item.externalReleaseAt().plus(Duration.between(from, to));
        if (item.status() == ItemStatus.PUBLISHED) {
            reschedule(id, to, external);
            return;
        }
        ItemDraft draft = item.draft();
        save(id, new ItemDraft(draft.title(), draft.lead(), draft.body(), draft.unitId(), draft.contactPersonId(),
                draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(), draft.audience(), to, draft.expiresAt(),
                external, draft.confirmBy(), draft.language()));
        store.event(id, "RESCHEDULED", current.nameOrSystem(), now, null);
    }

    /** Breaches of internal first (items marked already public) per owning unit since the instant; communications. */
    @Transactional(readOnly = true)
    public List<Breach> breaches(Instant since) {
        requireApprover();
        return store.breaches(since);
    }

    @Transactional(readOnly = true)
    public List<ItemEvent> history(long id) {
        requireEditable(load(id));
        return store.events(id);
    }

    @Transactional(readOnly = true)
    public List<ItemVersion> versions(long id) {
        requireEditable(load(id));
        return store.versions(id);
    }

    /** How many items wait for the signed-in person's approval: for communications, every submitted one; else none. */
    public int waitingForMyApproval() {
        return mayApprove() ? store.countSubmitted() : 0;
    }

    /** When the public part a crisis held back was planned for, for those who work on the item; empty for none. */
    @Transactional(readOnly = true)
    public Optional<Instant> publicPartHeld(long id) {
        requireEditable(load(id));
        return store.heldPublicAt(id);
    }

    /** Whether the signed-in person approves items (communications). */
    public boolean mayApprove() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /**
     * The signed-in person's own items, and (for communications) everything submitted or with a correction waiting,
     * newest first.
     */
    @Transactional(readOnly = true)
    public List<Item> desk() {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.PUBLISH_FOR_UNIT)) {
            throw new AccessDeniedException("Only writers have a desk");
        }
        return items.desk(actor.personId().orElse(-1L), policy.mayAnywhere(actor, Action.APPROVE), 200);
    }

    private Instant release(Item item, String step, String reason) {
        Instant now = clock.instant();
        // news already known outside goes to staff at once, whatever time was planned
        Instant at = item.alreadyPublic() || item.releaseAt() == null || item.releaseAt().isBefore(now) ? now
                : item.releaseAt();
        checkInternalFirst(item.externalReleaseAt(), at, item.alreadyPublic());
        store.setStatus(item.id(), ItemStatus.PUBLISHED, at, now);
        store.event(item.id(), at.isAfter(now) ? step + "_SCHEDULED" : step, current.nameOrSystem(), now, reason,
                item.revision());
        heldIfACrisisLasts(item.id(), at, now);
        return at;
    }

    /**
     * A release planned while a crisis lasts is held at once (decision 0021): nothing planned goes out during a crisis
     * unless communications releases it by hand; for an item that goes to staff now, its public part.
     */
    private void heldIfACrisisLasts(long id, Instant internal, Instant now) {
        Optional<String> crisis = Optional.ofNullable(hold.getIfAvailable()).flatMap(ReleaseHold::holding);
        if (crisis.isEmpty()) {
            return;
        }
        if (internal.isAfter(now)) {
            store.setStatus(id, ItemStatus.HELD, null, now);
            store.event(id, "HELD", "Tavla", now, crisis.get());
        } else if (store.holdPublic(id, now)) {
            // out to staff now, its public part planned: that part waits
            store.event(id, "HELD_PUBLIC", "Tavla", now, crisis.get());
        }
    }

    boolean mayPublishDirectly(Actor actor, Item item) {
        return policy.mayPublishDirectly(actor, NewsRules.scope(item, audiences, clock.instant()));
    }

    /** The writer, editors of the owning unit, and communications may work on an item (AccessPolicy). */
    void requireEditable(Item item) {
        if (!policy.mayWorkOn(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()))) {
            throw new AccessDeniedException("Not allowed to work on this item");
        }
    }

    /** Whether the signed-in person approves (communications). */
    boolean mayApproveNow() {
        return policy.mayApprove(people.currentActor());
    }

    void requireApprover() {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications approve");
        }
    }

    Item load(long id) {
        return store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
    }

    static void requireStatus(Item item, ItemStatus... allowed) {
        if (!Set.of(allowed).contains(item.status())) {
            throw new Refusal("news.status.wrong");
        }
    }

    static void checkLengths(ItemDraft draft) {
        checkTextLengths(draft.title(), draft.lead(), draft.body());
        if (draft.audience().units().size() > 200) {
            throw new Refusal("news.audience.too-many");
        }
    }

    /** The longest an item's words may be, in any of its languages. */
    static void checkTextLengths(String title, String lead, String body) {
        if (title.length() > MAX_TITLE) {
            throw new Refusal("news.title.too-long", MAX_TITLE);
        }
        if (lead.length() > MAX_LEAD) {
            throw new Refusal("news.lead.too-long", MAX_LEAD);
        }
        if (body.length() > MAX_BODY) {
            throw new Refusal("news.body.too-long", MAX_BODY);
        }
    }

    /** Readers may ask the writer unless another contact is named. */
    private static ItemDraft withContact(ItemDraft draft, long author) {
        return draft.contactPersonId() != null ? draft : new ItemDraft(draft.title(), draft.lead(), draft.body(),
                draft.unitId(), author, draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(), draft.audience(),
                draft.releaseAt(), draft.expiresAt(), draft.externalReleaseAt(), draft.confirmBy(),
                draft.language());
    }

    private void checkContact(ItemDraft draft) {
        if (draft.contactPersonId() != null && !people.isActive(draft.contactPersonId())) {
            throw new Refusal("news.contact.unknown");
        }
    }

    /** What must be there before anyone may read it. */
    void checkComplete(ItemDraft draft) {
        if (draft.title().isBlank()) {
            throw new Refusal("news.title.required");
        }
        if (draft.body().isBlank() && draft.lead().isBlank()) {
            throw new Refusal("news.body.required");
        }
        if (draft.audience().isEmpty()) {
            throw new Refusal("news.audience.required");
        }
        if (draft.kind() == ItemKind.IMPORTANT && draft.pinnedUntil() == null) {
            throw new Refusal("news.pinned.required");
        }
        Instant release = draft.releaseAt() == null || draft.releaseAt().isBefore(clock.instant())
                ? clock.instant() : draft.releaseAt();
        if (draft.expiresAt() != null && !draft.expiresAt().isAfter(release)) {
            throw new Refusal("news.expiry.before-release");
        }
        // a deadline must leave readers time to confirm, and the item must still be out at it
        if (draft.confirmBy() != null && !draft.confirmBy().isAfter(release.plus(MIN_TIME_TO_CONFIRM))) {
            throw new Refusal("news.confirm-by.too-soon");
        }
        if (draft.confirmBy() != null && draft.expiresAt() != null && draft.confirmBy().isAfter(draft.expiresAt())) {
            throw new Refusal("news.confirm-by.after-expiry");
        }
    }

    private void checkInternalFirst(Instant external, Instant internal, boolean alreadyPublic) {
        internalFirst.check(external, internal, alreadyPublic);
    }

    private void checkComplete(Item item) {
        checkComplete(item.draft());
        if (!planRequirement(item).met()) {
            throw new Refusal("news.plan.required");
        }
        Instant internal = item.releaseAt() == null || item.releaseAt().isBefore(clock.instant()) ? clock.instant()
                : item.releaseAt();
        checkInternalFirst(item.externalReleaseAt(), internal, item.alreadyPublic());
    }

    static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("news.reason.required");
        }
        return limited(reason.strip(), MAX_REASON);
    }

    static String limited(String text, int max) {
        if (text.length() > max) {
            throw new Refusal("news.reason.too-long", max);
        }
        return text;
    }
}
