package no.tavla.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemPlan;
import no.tavla.news.writing.Announcements;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.plans.internal.PlanStore;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communication plans (issue 16): written by a unit's editors for their unit, seen by them and by communications, who
 * see every plan. A plan's measures become work: an intranet measure makes a draft item for the plan's unit, at the
 * measure's time, which then goes through the write page's rules (internal first, approval) like any other.
 */
@Service
public class Plans implements ItemPlan {

    static final int NAME = 200;
    static final int REFERENCE = 100;
    static final int TEXT = 10_000;
    static final int TITLE = 200;
    static final int NOTES = 2_000;

    private final PlanStore store;
    private final Announcements announcements;
    private final UnitPages units;
    private final AccessPolicy policy;
    private final People people;
    private final Clock clock;

    Plans(PlanStore store, Announcements announcements, UnitPages units, AccessPolicy policy, People people,
          Clock clock) {
        this.store = store;
        this.announcements = announcements;
        this.units = units;
        this.policy = policy;
        this.people = people;
        this.clock = clock;
    }

    /** Whether the signed-in person plans at all (a unit's editor, communications). */
    public boolean mayPlan() {
        return policy.mayAnywhere(people.currentActor(), Action.PLAN_COMMUNICATION);
    }

    /** The units the signed-in person may own a plan for. */
    public List<UnitTreeEntry> unitsToPlanFor() {
        Actor actor = people.currentActor();
        return units.tree().stream().filter(unit -> policy.may(actor, Action.PLAN_COMMUNICATION, unit.id())).toList();
    }

    /** The plans the signed-in person sees, newest first: communications every plan, editors their units'. */
    @Transactional(readOnly = true)
    public List<Plan> list() {
        Actor actor = people.currentActor();
        if (!mayPlan()) {
            throw new AccessDeniedException("Not allowed to see communication plans");
        }
        if (policy.mayAnywhere(actor, Action.APPROVE)) {
            return store.list(null);
        }
        return store.list(unitsToPlanFor().stream().map(UnitTreeEntry::id).toList());
    }

    /** The plan, for those who may see it; empty for everyone else. */
    public Optional<Plan> find(long id) {
        return store.find(id).filter(this::maySee);
    }

    /** Whether the signed-in person may change the plan (its unit's editors, communications). */
    public boolean mayEdit(Plan plan) {
        return policy.may(people.currentActor(), Action.PLAN_COMMUNICATION, plan.unitId());
    }

    /**
     * A new plan, a draft.
     *
     * @throws Refusal when the name is missing or a text too long (nothing is written)
     */
    @Transactional
    public long create(PlanDraft draft) {
        Actor actor = people.currentActor();
        long me = actor.personId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        PlanDraft checked = checked(draft);
        if (!policy.may(actor, Action.PLAN_COMMUNICATION, checked.unitId())) {
            throw new AccessDeniedException("Not allowed to plan for this unit");
        }
        return store.insert(checked, me, clock.instant());
    }

    /**
     * Saves the plan's case, goal and key messages.
     *
     * @param version the version the form was read at
     * @throws Refusal when a text breaks a rule, or someone else saved the plan in the meantime (nothing is written)
     */
    @Transactional
    public void save(long id, PlanDraft draft, int version) {
        Plan plan = editable(id);
        PlanDraft checked = checked(draft);
        if (checked.unitId() != plan.unitId()
                && !policy.may(people.currentActor(), Action.PLAN_COMMUNICATION, checked.unitId())) {
            throw new AccessDeniedException("Not allowed to plan for this unit");
        }
        if (!store.update(id, checked, version, clock.instant())) {
            throw new Refusal("plans.changed");
        }
    }

    /** Moves the plan on: a draft becomes active, an active one is closed, a closed one may be opened again. */
    @Transactional
    public void setStatus(long id, PlanStatus status) {
        Plan plan = editable(id);
        if (status == null || status == plan.status()) {
            throw new Refusal("plans.status.same");
        }
        store.setStatus(id, status, clock.instant());
    }

    /** The plan's measures, by time, for those who may see the plan. */
    @Transactional(readOnly = true)
    public List<Measure> measures(long planId) {
        return find(planId).map(plan -> store.measures(planId)).orElseThrow(() ->
                new AccessDeniedException("Not allowed to see this plan"));
    }

    /**
     * A new measure, planned.
     *
     * @throws Refusal when the title or channel is missing, a text too long, or the responsible person unknown
     */
    @Transactional
    public long addMeasure(long planId, MeasureDraft draft) {
        editable(planId);
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new Refusal("plans.measure.title.required");
        }
        String title = draft.title().strip();
        if (title.length() > TITLE) {
            throw new Refusal("plans.measure.title.too-long", TITLE);
        }
        if (draft.channel() == null) {
            throw new Refusal("plans.measure.channel.required");
        }
        String notes = blankToNull(draft.notes());
        if (notes != null && notes.length() > NOTES) {
            throw new Refusal("plans.measure.notes.too-long", NOTES);
        }
        if (draft.responsibleId() != null && !store.personExists(draft.responsibleId())) {
            throw new Refusal("plans.measure.responsible.unknown");
        }
        return store.insertMeasure(planId, new MeasureDraft(title, draft.channel(), draft.plannedAt(),
                draft.responsibleId(), notes));
    }

    /** Marks the measure done, dropped, or planned again. */
    @Transactional
    public void setMeasureStatus(long measureId, MeasureStatus status) {
        Measure measure = editableMeasure(measureId);
        if (status == null) {
            throw new Refusal("plans.status.same");
        }
        store.setMeasureStatus(measure.id(), status);
    }

    /** Removes a measure; an item it made stays (it is news, with a life of its own). */
    @Transactional
    public void removeMeasure(long measureId) {
        store.deleteMeasure(editableMeasure(measureId).id());
    }

    /**
     * Makes the intranet measure's draft item: for the plan's unit and everything below it, titled as the measure,
     * its text begun with the plan's key messages, planned for the measure's time when that is ahead. It is a draft,
     * so the write page's rules (internal first, approval) apply when it goes out.
     *
     * @return the item
     * @throws Refusal when the measure is not an intranet item, or made its item already
     */
    @Transactional
    public long makeDraft(long measureId) {
        Measure measure = editableMeasure(measureId);
        if (measure.channel() != MeasureChannel.INTRANET_ITEM) {
            throw new Refusal("plans.measure.not-intranet");
        }
        if (measure.itemId() != null) {
            throw new Refusal("plans.measure.has-item");
        }
        Plan plan = store.find(measure.planId()).orElseThrow();
        Instant now = clock.instant();
        Instant release = measure.plannedAt() != null && measure.plannedAt().isAfter(now) ? measure.plannedAt() : null;
        long itemId = announcements.create(ItemDraft.of(measure.title(), "", plan.keyMessages() == null ? ""
                        : plan.keyMessages(), plan.unitId(), null, ItemKind.NORMAL, null, true,
                Audience.units(new AudienceUnit(plan.unitId(), true)), release, null, null));
        if (!store.linkItem(measureId, itemId)) {
            throw new Refusal("plans.measure.has-item");
        }
        return itemId;
    }

    @Override
    public Optional<PlanLink> forItem(long itemId) {
        return store.planOfItem(itemId).flatMap(this::find).map(plan -> new PlanLink(plan.id(), plan.name()));
    }

    private boolean maySee(Plan plan) {
        Actor actor = people.currentActor();
        return policy.mayAnywhere(actor, Action.APPROVE) || policy.may(actor, Action.PLAN_COMMUNICATION,
                plan.unitId());
    }

    private Plan editable(long id) {
        Plan plan = find(id).orElseThrow(() -> new AccessDeniedException("Not allowed to see this plan"));
        if (!mayEdit(plan)) {
            throw new AccessDeniedException("Not allowed to change this plan");
        }
        return plan;
    }

    private Measure editableMeasure(long measureId) {
        Measure measure = store.measure(measureId).orElseThrow(() -> new Refusal("plans.measure.unknown"));
        editable(measure.planId());
        return measure;
    }

    private PlanDraft checked(PlanDraft draft) {
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            throw new Refusal("plans.name.required");
        }
        String name = draft.name().strip();
        if (name.length() > NAME) {
            throw new Refusal("plans.name.too-long", NAME);
        }
        String reference = blankToNull(draft.archiveRef());
        if (reference != null && reference.length() > REFERENCE) {
            throw new Refusal("plans.archive-ref.too-long", REFERENCE);
        }
        for (String[] text : new String[][] {{"plans.background", draft.background()}, {"plans.change",
                draft.change()}, {"plans.goal", draft.goal()}, {"plans.key-messages", draft.keyMessages()}}) {
            if (text[1] != null && text[1].strip().length() > TEXT) {
                throw new Refusal(text[0] + ".too-long", TEXT);
            }
        }
        return new PlanDraft(draft.unitId(), name, blankToNull(draft.background()), blankToNull(draft.change()),
                reference, blankToNull(draft.goal()), blankToNull(draft.keyMessages()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
