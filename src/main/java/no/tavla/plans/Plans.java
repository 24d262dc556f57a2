package no.tavla.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
import no.tavla.notifications.NotificationCounts;
import no.tavla.notifications.TaskReminders;
import no.tavla.plans.internal.PlanStore;
import no.tavla.reach.ItemReach;
import no.tavla.reach.Reach;
import no.tavla.reach.ReachFigures;
import no.tavla.shared.Refusal;
import no.tavla.shared.Translations;
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
    static final int ANSWER = 4_000;
    static final int TEMPLATE_TEXT = 300;
    static final int TEMPLATE_ENTRIES = 20;
    static final int TARGET_GROUPS = 30;
    static final int BUDGET_ROWS = 200;
    static final long MAX_PRICE = 100_000_000_000L;
    /** How many target groups and questions Løten's appendix 4.3 ships with (the texts are in the message bundles). */
    static final int DEFAULT_GROUPS = 7;
    static final int DEFAULT_QUESTIONS = 5;
    private static final String GROUPS = "GROUP";
    private static final String QUESTIONS = "QUESTION";
    private static final String CHANNELS = "CHANNEL";

    private final PlanStore store;
    private final Announcements announcements;
    private final UnitPages units;
    private final AccessPolicy policy;
    private final People people;
    private final Clock clock;
    private final Translations translations;
    private final Reach reach;
    private final TaskReminders reminders;
    private final PlansProperties properties;
    private final NotificationCounts notificationCounts;
    private final no.tavla.organisation.Recipients recipients;

    Plans(PlanStore store, Announcements announcements, UnitPages units, AccessPolicy policy, People people,
          Clock clock, Translations translations, Reach reach, TaskReminders reminders, PlansProperties properties,
          NotificationCounts notificationCounts, no.tavla.organisation.Recipients recipients) {
        this.recipients = recipients;
        this.notificationCounts = notificationCounts;
        this.reminders = reminders;
        this.properties = properties;
        this.reach = reach;
        this.translations = translations;
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

    /** The units a target group may be the staff of: every active one. */
    public List<UnitTreeEntry> targetUnits() {
        return units.tree().stream().filter(UnitTreeEntry::active).toList();
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
     * A new plan from the template: a draft with the target groups chosen from the template's (or named freely), each
     * to answer the template's questions as they are asked in this language now.
     *
     * @throws Refusal as {@link #create(PlanDraft)}, or when a group's name breaks a rule (nothing is written)
     */
    @Transactional
    public long create(PlanDraft draft, List<String> targetGroups, Locale locale) {
        long id = create(draft);
        List<TargetGroup.Answer> questions = templateQuestions(locale);
        List<String> groups = targetGroups == null ? List.of() : targetGroups.stream().distinct().toList();
        if (groups.size() > TARGET_GROUPS) {
            throw new Refusal("plans.target.too-many", TARGET_GROUPS);
        }
        for (String group : groups) {
            store.insertTargetGroup(id, checked(new TargetGroupDraft(group, null, questions)));
        }
        return id;
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
        store.measures(id).forEach(this::remind); // the reminders name the plan
    }

    /** Moves the plan on: a draft becomes active, an active one is closed, a closed one may be opened again. */
    @Transactional
    public void setStatus(long id, PlanStatus status) {
        Plan plan = editable(id);
        if (status == null || status == plan.status()) {
            throw new Refusal("plans.status.same");
        }
        store.setStatus(id, status, clock.instant());
        store.measures(id).forEach(this::remind);
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
        if (!offeredChannels().contains(draft.channel())) {
            throw new Refusal("plans.measure.channel.not-offered");
        }
        if (draft.targetGroupId() != null && !store.planOfTargetGroup(draft.targetGroupId()).map(plan ->
                plan == planId).orElse(false)) {
            throw new Refusal("plans.target.unknown");
        }
        String notes = blankToNull(draft.notes());
        if (notes != null && notes.length() > NOTES) {
            throw new Refusal("plans.measure.notes.too-long", NOTES);
        }
        if (draft.responsibleId() != null && !store.personExists(draft.responsibleId())) {
            throw new Refusal("plans.measure.responsible.unknown");
        }
        long id = store.insertMeasure(planId, new MeasureDraft(title, draft.channel(), draft.targetGroupId(),
                draft.plannedAt(), draft.responsibleId(), notes));
        remind(store.measure(id).orElseThrow());
        return id;
    }

    /** Marks the measure done, dropped, or planned again. */
    @Transactional
    public void setMeasureStatus(long measureId, MeasureStatus status) {
        Measure measure = editableMeasure(measureId);
        if (status == null) {
            throw new Refusal("plans.status.same");
        }
        store.setMeasureStatus(measure.id(), status);
        remind(store.measure(measure.id()).orElseThrow());
    }

    /** Removes a measure; an item it made stays (it is news, with a life of its own). */
    @Transactional
    public void removeMeasure(long measureId) {
        store.deleteMeasure(editableMeasure(measureId).id());
        reminders.cancel(subject(measureId));
        reminders.cancelAll(managersSubject(measureId));
    }

    /** The channels whose measures the target units' managers carry out, each for their own staff. */
    static final Set<MeasureChannel> MANAGERS_CARRY_OUT = Set.of(MeasureChannel.STAFF_MEETING,
            MeasureChannel.PRINTED_NOTICE);

    /**
     * Hands a staff-meeting or notice measure to the managers of its target group's unit (else the plan's) and
     * below: it goes through the plan's Tavla item, and each manager is reminded before the measure's time, in their
     * bell and by e-mail, with the item's reach page, where they record the meeting or who signed the notice. Managers
     * above the unit are asked only when no one manages it or anything below it.
     *
     * @return how many managers are asked
     * @throws Refusal when the measure is not for managers, has no time ahead, the item is not the plan's, or the
     *                 measure goes through another item already
     */
    @Transactional
    public int askManagers(long measureId, long itemId) {
        Measure measure = editableMeasure(measureId);
        if (!MANAGERS_CARRY_OUT.contains(measure.channel())) {
            throw new Refusal("plans.measure.not-for-managers");
        }
        if (measure.plannedAt() == null || !measure.plannedAt().isAfter(clock.instant())) {
            throw new Refusal("plans.measure.at.ahead");
        }
        boolean planItem = store.measures(measure.planId()).stream().anyMatch(other -> other.id() != measureId
                && other.itemId() != null && other.itemId() == itemId);
        if (!planItem) {
            throw new Refusal("plans.measure.item.not-in-plan");
        }
        if (measure.itemId() != null && measure.itemId() != itemId) {
            throw new Refusal("plans.measure.has-item");
        }
        store.linkItem(measureId, itemId);
        Measure linked = store.measure(measureId).orElseThrow();
        remind(linked);
        return managersFor(linked).size();
    }

    /** The managers who carry the measure out: of its unit and below, else those above it. */
    private Set<Long> managersFor(Measure measure) {
        Plan plan = store.find(measure.planId()).orElseThrow();
        long unitId = measure.targetGroupId() == null ? plan.unitId() : store.targetGroups(plan.id()).stream()
                .filter(group -> group.id() == measure.targetGroupId() && group.unitId() != null)
                .map(TargetGroup::unitId).findFirst().orElse(plan.unitId());
        List<UnitTreeEntry> tree = units.tree();
        java.util.Map<Long, Set<Long>> byUnit = recipients.managersOf(subtree(unitId, tree));
        Long parent = tree.stream().filter(unit -> unit.id() == unitId).map(UnitTreeEntry::parentId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Set<Long> above = parent == null ? Set.of() : recipients.managersOf(List.of(parent)).getOrDefault(parent,
                Set.of());
        Set<Long> asked = new java.util.TreeSet<>();
        byUnit.values().forEach(asked::addAll);
        asked.removeAll(above);
        return asked.isEmpty() ? byUnit.getOrDefault(unitId, Set.of()) : asked;
    }

    /**
     * The measure's responsible person is reminded {@link PlansProperties#remindBefore} before its time, while the
     * plan is active and the measure planned; a measure done, dropped, without a time or a person, or in a plan not
     * (or no longer) active reminds no one. A time that has passed reminds no one either; one within the reminder's
     * span reminds at once (its reminder time has passed).
     */
    private void remind(Measure measure) {
        Plan plan = store.find(measure.planId()).orElseThrow();
        Instant now = clock.instant();
        boolean ahead = plan.status() == no.tavla.plans.PlanStatus.ACTIVE && measure.status() == MeasureStatus.PLANNED
                && measure.plannedAt() != null && measure.plannedAt().isAfter(now);
        Instant remindAt = ahead ? measure.plannedAt().minus(properties.remindBefore()) : null;
        if (!ahead || measure.responsibleId() == null) {
            reminders.cancel(subject(measure.id()));
        } else {
            reminders.schedule(new TaskReminders.Task(subject(measure.id()), measure.responsibleId(), measure.title(),
                    plan.name(), measure.plannedAt(), "plans/" + plan.id()), remindAt);
        }
        String managers = managersSubject(measure.id());
        if (!ahead || measure.itemId() == null || !MANAGERS_CARRY_OUT.contains(measure.channel())) {
            reminders.cancelAll(managers);
            return;
        }
        Set<Long> asked = managersFor(measure);
        reminders.subjects(managers).stream().filter(subject -> !asked.contains(Long.parseLong(subject.substring(
                managers.length())))).forEach(reminders::cancel);
        for (long manager : asked) {
            reminders.schedule(new TaskReminders.Task(managers + manager, manager, measure.title(), plan.name(),
                    measure.plannedAt(), "reach/" + measure.itemId()), remindAt);
        }
    }

    /** The prefix of the tasks of the managers who carry a measure out, each ending in the manager's id. */
    static String managersSubject(long measureId) {
        return "plan-measure-managers:" + measureId + ":";
    }

    /** How long before a measure's time its responsible person is reminded. */
    public java.time.Duration remindBefore() {
        return properties.remindBefore();
    }

    static String subject(long measureId) {
        return "plan-measure:" + measureId;
    }

    /**
     * Makes the intranet measure's draft item: for its target group's unit (else the plan's) and everything below it,
     * titled as the measure,
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
        long audience = measure.targetGroupId() == null ? plan.unitId() : store.targetGroups(plan.id()).stream()
                .filter(group -> group.id() == measure.targetGroupId() && group.unitId() != null)
                .map(TargetGroup::unitId).findFirst().orElse(plan.unitId());
        Instant now = clock.instant();
        Instant release = measure.plannedAt() != null && measure.plannedAt().isAfter(now) ? measure.plannedAt() : null;
        long itemId = announcements.create(ItemDraft.of(measure.title(), "", plan.keyMessages() == null ? ""
                        : plan.keyMessages(), plan.unitId(), null, ItemKind.NORMAL, null, true,
                Audience.units(new AudienceUnit(audience, true)), release, null, null));
        if (!store.linkItem(measureId, itemId)) {
            throw new Refusal("plans.measure.has-item");
        }
        return itemId;
    }

    /** The plan's target groups, in the order they were added, for those who may see the plan. */
    @Transactional(readOnly = true)
    public List<TargetGroup> targetGroups(long planId) {
        return find(planId).map(plan -> store.targetGroups(planId)).orElseThrow(() ->
                new AccessDeniedException("Not allowed to see this plan"));
    }

    /**
     * A new target group, answering the template's questions (as they are asked now).
     *
     * @throws Refusal when the name is missing, a text too long, the unit unknown, or the plan has too many groups
     */
    @Transactional
    public long addTargetGroup(long planId, TargetGroupDraft draft) {
        editable(planId);
        TargetGroupDraft checked = checked(draft);
        if (store.targetGroups(planId).size() >= TARGET_GROUPS) {
            throw new Refusal("plans.target.too-many", TARGET_GROUPS);
        }
        return store.insertTargetGroup(planId, checked);
    }

    /**
     * A new target group named and placed as its form says, to answer the template's questions as they are asked in
     * this language now.
     */
    @Transactional
    public long addTargetGroup(long planId, String name, Long unitId, Locale locale) {
        return addTargetGroup(planId, new TargetGroupDraft(name, unitId, templateQuestions(locale)));
    }

    private List<TargetGroup.Answer> templateQuestions(Locale locale) {
        return template(locale).questions().stream().map(question -> new TargetGroup.Answer(question, null)).toList();
    }

    /** Saves a target group's name, unit and answers. */
    @Transactional
    public void saveTargetGroup(long groupId, TargetGroupDraft draft) {
        editable(store.planOfTargetGroup(groupId).orElseThrow(() -> new Refusal("plans.target.unknown")));
        store.updateTargetGroup(groupId, checked(draft));
    }

    /** Removes a target group; its measures stay, for the whole plan. */
    @Transactional
    public void removeTargetGroup(long groupId) {
        editable(store.planOfTargetGroup(groupId).orElseThrow(() -> new Refusal("plans.target.unknown")));
        store.deleteTargetGroup(groupId);
    }

    /** The plan's budget with its total, for those who may see the plan. */
    @Transactional(readOnly = true)
    public Budget budget(long planId) {
        return find(planId).map(plan -> new Budget(store.budget(planId))).orElseThrow(() ->
                new AccessDeniedException("Not allowed to see this plan"));
    }

    /**
     * A new budget row.
     *
     * @throws Refusal when the measure or price is missing, the price below zero or absurd, a text too long
     */
    @Transactional
    public long addBudgetRow(long planId, BudgetRowDraft draft) {
        editable(planId);
        if (draft == null || draft.measure() == null || draft.measure().isBlank()) {
            throw new Refusal("plans.budget.measure.required");
        }
        String measure = draft.measure().strip();
        String group = blankToNull(draft.targetGroup());
        if (measure.length() > TITLE || (group != null && group.length() > TITLE)) {
            throw new Refusal("plans.budget.text.too-long", TITLE);
        }
        if (draft.price() == null) {
            throw new Refusal("plans.budget.price.required");
        }
        if (draft.price() < 0 || draft.price() > MAX_PRICE) {
            throw new Refusal("plans.budget.price.range");
        }
        if (store.budget(planId).size() >= BUDGET_ROWS) {
            throw new Refusal("plans.budget.too-many", BUDGET_ROWS);
        }
        return store.insertBudgetRow(planId, new BudgetRowDraft(measure, group, draft.channel(), draft.price()));
    }

    @Transactional
    public void removeBudgetRow(long rowId) {
        editable(store.planOfBudgetRow(rowId).orElseThrow(() -> new Refusal("plans.budget.unknown")));
        store.deleteBudgetRow(rowId);
    }

    /**
     * A price as written in the budget's form, in whole kroner: "12 500", "12500 kr", "12.500" and "12 500,-" are the
     * same; null for nothing written.
     *
     * @throws Refusal when it is not a whole number of kroner
     */
    public static Long price(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String digits = written.strip().toLowerCase(Locale.ROOT).replaceAll("(kr\\.?|nok|,-|,00)$", "").strip()
                .replaceAll("[\\s\\u00a0\\u202f.]", "");
        if (!digits.matches("-?\\d{1,12}")) {
            throw new Refusal("plans.budget.price.number");
        }
        return Long.parseLong(digits);
    }

    /** The template as it is now, the shipped default's texts in this language. For everyone who plans. */
    @Transactional(readOnly = true)
    public PlanTemplate template(Locale locale) {
        if (!mayPlan()) {
            throw new AccessDeniedException("Not allowed to see communication plans");
        }
        List<String> groups = store.templateEntries(GROUPS);
        List<String> questions = store.templateEntries(QUESTIONS);
        List<String> channels = store.templateEntries(CHANNELS);
        return new PlanTemplate(groups.isEmpty() ? defaults("plans.template.group.", DEFAULT_GROUPS, locale) : groups,
                questions.isEmpty() ? defaults("plans.template.question.", DEFAULT_QUESTIONS, locale) : questions,
                channels.isEmpty() ? List.of(MeasureChannel.values())
                        : channels.stream().map(MeasureChannel::valueOf).toList(),
                !groups.isEmpty(), !questions.isEmpty(), !channels.isEmpty());
    }

    /**
     * Communications make the template the municipality's own: the target groups a plan suggests, the questions each
     * answers, the channels offered. An empty list of groups or questions goes back to the shipped default; plans
     * made before keep the questions they were asked.
     *
     * @throws Refusal when a text is too long, there are too many, or no channel is left
     */
    @Transactional
    public void saveTemplate(List<String> groups, List<String> questions, Set<MeasureChannel> channels) {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications change the plan template");
        }
        List<String> checkedGroups = templateTexts(groups);
        List<String> checkedQuestions = templateTexts(questions);
        if (channels == null || channels.isEmpty()) {
            throw new Refusal("plans.template.channels.required");
        }
        store.replaceTemplateEntries(GROUPS, checkedGroups);
        store.replaceTemplateEntries(QUESTIONS, checkedQuestions);
        store.replaceTemplateEntries(CHANNELS, channels.size() == MeasureChannel.values().length ? List.of()
                : Arrays.stream(MeasureChannel.values()).filter(channels::contains).map(Enum::name).toList());
    }

    /** Whether the signed-in person may change the template (communications, administrators). */
    public boolean mayEditTemplate() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    private List<MeasureChannel> offeredChannels() {
        List<String> own = store.templateEntries(CHANNELS);
        return own.isEmpty() ? List.of(MeasureChannel.values()) : own.stream().map(MeasureChannel::valueOf).toList();
    }

    private List<String> defaults(String prefix, int count, Locale locale) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> translations.text(prefix + i, locale))
                .toList();
    }

    private static List<String> templateTexts(List<String> texts) {
        List<String> checked = texts == null ? List.of() : texts.stream().filter(text -> text != null
                && !text.isBlank()).map(String::strip).toList();
        if (checked.size() > TEMPLATE_ENTRIES) {
            throw new Refusal("plans.template.too-many", TEMPLATE_ENTRIES);
        }
        if (checked.stream().anyMatch(text -> text.length() > TEMPLATE_TEXT)) {
            throw new Refusal("plans.template.too-long", TEMPLATE_TEXT);
        }
        if (new java.util.HashSet<>(checked).size() < checked.size()) {
            throw new Refusal("plans.template.twice");
        }
        return checked;
    }

    private TargetGroupDraft checked(TargetGroupDraft draft) {
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            throw new Refusal("plans.target.name.required");
        }
        String name = draft.name().strip();
        if (name.length() > TITLE) {
            throw new Refusal("plans.target.name.too-long", TITLE);
        }
        if (draft.unitId() != null && units.tree().stream().noneMatch(unit -> unit.id() == draft.unitId()
                && unit.active())) {
            throw new Refusal("plans.target.unit.unknown");
        }
        List<TargetGroup.Answer> answers = draft.answers() == null ? List.of() : draft.answers();
        if (answers.size() > TEMPLATE_ENTRIES) {
            throw new Refusal("plans.template.too-many", TEMPLATE_ENTRIES);
        }
        List<TargetGroup.Answer> checked = new java.util.ArrayList<>();
        for (TargetGroup.Answer answer : answers) {
            if (answer.question() == null || answer.question().isBlank()) {
                continue;
            }
            String question = answer.question().strip();
            String text = blankToNull(answer.answer());
            if (question.length() > TEMPLATE_TEXT) {
                throw new Refusal("plans.template.too-long", TEMPLATE_TEXT);
            }
            if (text != null && text.length() > ANSWER) {
                throw new Refusal("plans.target.answer.too-long", ANSWER);
            }
            checked.add(new TargetGroup.Answer(question, text));
        }
        return new TargetGroupDraft(name, draft.unitId(), checked);
    }

    /** How many of the staff of these units the item was sent to by e-mail and SMS, when the person may see it. */
    private PlanEvaluation.Told toldWithin(long itemId, Set<Long> units) {
        try {
            int[] sent = notificationCounts.sentWithin(itemId, units);
            return new PlanEvaluation.Told(sent[0], sent[1]);
        } catch (AccessDeniedException notTheirs) {
            return null;
        }
    }

    /** How many the item was sent to by e-mail and SMS, when the signed-in person may see its counts. */
    private PlanEvaluation.Told told(long itemId) {
        try {
            NotificationCounts.Counts counts = notificationCounts.forItem(itemId);
            return new PlanEvaluation.Told(counts.email().sent(), counts.sms().sent());
        } catch (AccessDeniedException notTheirs) {
            return null;
        }
    }

    /**
     * What Tavla knows of how the plan went: per measure whether it slipped and how far its item reached (as the
     * signed-in person may follow it up) and how many it was sent to by e-mail and SMS, per target group with a unit how far each item reached its staff, and the
     * owner's own words. Worked out from reach's figures when asked, so it is as true at closing as later.
     */
    @Transactional(readOnly = true)
    public PlanEvaluation evaluation(long planId) {
        find(planId).orElseThrow(() -> new AccessDeniedException("Not allowed to see this plan"));
        Instant now = clock.instant();
        List<PlanEvaluation.MeasureResult> results = new java.util.ArrayList<>();
        java.util.Map<Long, ItemReach> reached = new java.util.LinkedHashMap<>();
        for (Measure measure : store.measures(planId)) {
            no.tavla.news.Item item = measure.itemId() == null ? null : item(measure.itemId());
            Instant released = item != null && item.status() == no.tavla.news.ItemStatus.PUBLISHED
                    && item.releaseAt() != null && !item.releaseAt().isAfter(now) ? item.releaseAt() : null;
            ItemReach figures = released == null ? null : itemReach(measure.itemId());
            if (figures != null) {
                reached.put(measure.itemId(), figures);
            }
            results.add(new PlanEvaluation.MeasureResult(measure, released, figures == null ? null : figures.total(),
                    slip(measure, item, released, now), figures == null ? null : told(measure.itemId())));
        }
        List<UnitTreeEntry> tree = units.tree();
        List<PlanEvaluation.GroupResult> groups = store.targetGroups(planId).stream()
                .filter(group -> group.unitId() != null)
                .map(group -> {
                    Set<Long> within = subtree(group.unitId(), tree);
                    return new PlanEvaluation.GroupResult(group, reached.values().stream()
                            .map(figures -> new PlanEvaluation.ItemInGroup(figures.item().title(),
                                    sum(group.name(), figures.units().stream().filter(row -> row.unitId() != null
                                            && within.contains(row.unitId())).toList()),
                                    toldWithin(figures.item().id(), within))).toList());
                }).toList();
        PlanStore.Evaluation words = store.evaluation(planId);
        return new PlanEvaluation(results, groups, words.closedAt(), words.worked(), words.change());
    }

    /**
     * For communications: across every plan that is active or closed, how each channel did for each target group. Works
     * out every plan's evaluation, so it is asked for, not shown on every visit.
     */
    @Transactional(readOnly = true)
    public List<ChannelEffect> channelEffect() {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications see channel effect across plans");
        }
        record Key(String group, MeasureChannel channel) {
        }
        java.util.Map<Key, int[]> sums = new java.util.TreeMap<>(java.util.Comparator.comparing((Key key) ->
                key.group() == null ? "" : key.group().toLowerCase(Locale.ROOT)).thenComparing(Key::channel));
        for (Plan plan : store.list(null)) {
            if (plan.status() == PlanStatus.DRAFT) {
                continue;
            }
            for (PlanEvaluation.MeasureResult result : evaluation(plan.id()).measures()) {
                int[] sum = sums.computeIfAbsent(new Key(result.measure().targetGroupName(),
                        result.measure().channel()), key -> new int[5]);
                sum[0]++;
                sum[1] += result.measure().status() == MeasureStatus.DONE || result.releasedAt() != null ? 1 : 0;
                sum[2] += result.slip() != null ? 1 : 0;
                sum[3] += result.reach() == null ? 0 : result.reach().audience();
                sum[4] += result.reach() == null ? 0 : result.reach().reached();
            }
        }
        return sums.entrySet().stream().map(entry -> new ChannelEffect(entry.getKey().group(),
                entry.getKey().channel(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
                entry.getValue()[3], entry.getValue()[4])).toList();
    }

    /**
     * The owner's evaluation: what worked, and what to do differently next time.
     *
     * @throws Refusal when a text is too long (nothing is written)
     */
    @Transactional
    public void saveEvaluation(long planId, String worked, String change) {
        editable(planId);
        String what = blankToNull(worked);
        String next = blankToNull(change);
        if ((what != null && what.length() > TEXT) || (next != null && next.length() > TEXT)) {
            throw new Refusal("plans.evaluation.too-long", TEXT);
        }
        store.saveEvaluation(planId, what, next, clock.instant());
    }

    private static PlanEvaluation.Slip slip(Measure measure, no.tavla.news.Item item, Instant released, Instant now) {
        if (measure.status() == MeasureStatus.DROPPED || measure.plannedAt() == null) {
            return null;
        }
        if (MANAGERS_CARRY_OUT.contains(measure.channel())) {
            // the item is what the meeting or notice goes through; the measure is the managers' to do
            return measure.plannedAt().isBefore(now) && measure.status() != MeasureStatus.DONE
                    ? PlanEvaluation.Slip.NOT_DONE : null;
        }
        if (released != null) {
            return released.isAfter(measure.plannedAt().plus(java.time.Duration.ofHours(1)))
                    ? PlanEvaluation.Slip.LATE : null;
        }
        if (!measure.plannedAt().isBefore(now)) {
            return null;
        }
        if (item != null) {
            return PlanEvaluation.Slip.NOT_RELEASED;
        }
        return measure.status() == MeasureStatus.DONE ? null : PlanEvaluation.Slip.NOT_DONE;
    }

    private no.tavla.news.Item item(long itemId) {
        try {
            return announcements.forEditing(itemId);
        } catch (AccessDeniedException | Refusal notTheirs) {
            return null;
        }
    }

    private ItemReach itemReach(long itemId) {
        try {
            return reach.itemReach(itemId);
        } catch (AccessDeniedException notTheirs) {
            return null;
        }
    }

    private static Set<Long> subtree(long unitId, List<UnitTreeEntry> tree) {
        Set<Long> within = new java.util.HashSet<>(Set.of(unitId));
        int before;
        do {
            before = within.size();
            for (UnitTreeEntry unit : tree) {
                if (unit.parentId() != null && within.contains(unit.parentId())) {
                    within.add(unit.id());
                }
            }
        } while (within.size() > before);
        return within;
    }

    private static ReachFigures sum(String label, List<ReachFigures> rows) {
        return new ReachFigures(null, label, rows.stream().mapToInt(ReachFigures::audience).sum(),
                rows.stream().mapToInt(ReachFigures::withoutComputer).sum(), rows.stream().mapToInt(ReachFigures::seen)
                .sum(), rows.stream().mapToInt(ReachFigures::onScreen).sum(), rows.stream()
                .mapToInt(ReachFigures::onPaper).sum(), rows.stream().mapToInt(ReachFigures::inMeeting).sum(),
                rows.stream().mapToInt(ReachFigures::notReached).sum());
    }

    @Override
    public boolean planned(long itemId) {
        return store.planOfItem(itemId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanLink> linkable(long itemId) {
        if (!mayPlan()) {
            return List.of();
        }
        return list().stream().filter(plan -> plan.status() != PlanStatus.CLOSED && mayEdit(plan))
                .map(plan -> new PlanLink(plan.id(), plan.name())).toList();
    }

    /**
     * Makes an item written outside the plan one of its intranet measures, titled as the item, at its release time,
     * with the signed-in person responsible. For those who may change the plan and work on the item.
     */
    @Override
    @Transactional
    public void link(long itemId, long planId) {
        Plan plan = editable(planId);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new Refusal("plans.closed");
        }
        no.tavla.news.Item item = announcements.forEditing(itemId);
        if (store.planOfItem(itemId).isPresent()) {
            throw new Refusal("plans.item.linked");
        }
        // the measure is named for the item, so in the item's language
        String title = item.title().isBlank() ? translations.text("plans.item.untitled", item.language().locale())
                : item.title();
        long measure = store.insertMeasure(planId, new MeasureDraft(title.length() > TITLE ? title.substring(0, TITLE)
                : title, MeasureChannel.INTRANET_ITEM, null, item.releaseAt(), people.currentActor().personId()
                .orElse(null), null));
        store.linkItem(measure, itemId);
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
