package no.tavla.reach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.tavla.news.reading.FollowUp;
import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.reach.internal.ConfirmationStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reach across channels: on screen, on paper (sign-off sheets) and in meetings. Managers see and record it for the
 * staff they follow up, by name; communications and those working on an item see the whole audience in numbers.
 */
@Service
public class Reach {

    public static final int MAX_NOTE = 500;
    private static final Set<ItemKind> FOLLOWED_KINDS = EnumSet.of(ItemKind.MUST_READ, ItemKind.IMPORTANT);

    private final ConfirmationStore store;
    private final no.tavla.reach.internal.DeadlineStore deadlines;
    private final FollowUp followUp;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final People people;
    private final UnitPages units;
    private final CurrentActor current;
    private final Clock clock;

    Reach(ConfirmationStore store, FollowUp followUp, Audiences audiences, AccessPolicy policy, People people,
          UnitPages units, CurrentActor current, Clock clock, no.tavla.reach.internal.DeadlineStore deadlines) {
        this.store = store;
        this.deadlines = deadlines;
        this.followUp = followUp;
        this.audiences = audiences;
        this.policy = policy;
        this.people = people;
        this.units = units;
        this.current = current;
        this.clock = clock;
    }

    /** May the signed-in person follow up this item (see its reach)? */
    @Transactional(readOnly = true)
    public boolean mayFollowUp(long itemId) {
        return people.isSignedIn() && followUp.item(itemId).isPresent();
    }

    /** May the signed-in person follow up reach at all: managers, communications, administrators. */
    public boolean mayFollowUpAnywhere() {
        Actor actor = people.currentActor();
        return policy.mayAnywhere(actor, Action.FOLLOW_UP_REACH) || policy.mayAnywhere(actor, Action.APPROVE);
    }

    /**
     * What the item's deadline to confirm by has set off so far: the reminders (to how many) and the managers' list
     * (to how many managers). Empty without a deadline.
     */
    @Transactional(readOnly = true)
    public List<DeadlineStep> deadlineSteps(long itemId) {
        Item item = followUp.item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up"));
        return item.confirmBy() == null ? List.of() : deadlines.steps(itemId, item.confirmBy()).stream()
                .map(step -> new DeadlineStep(step.step(), step.doneAt(), step.people())).toList();
    }

    /** The item's reach as the signed-in person may see it. */
    @Transactional(readOnly = true)
    public ItemReach itemReach(long itemId) {
        Item item = followUp.item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up"));
        Actor actor = people.currentActor();
        Set<Long> followed = policy.followedUpUnits(actor);
        boolean whole = policy.mayAnywhere(actor, Action.APPROVE) || followUp.mayWorkOn(itemId);
        List<PersonReach> all = persons(item, whole ? null : followed);
        List<PersonReach> named = all.stream().filter(p -> p.unitId() != null && followed.contains(p.unitId()))
                .toList();
        Map<Long, List<PersonReach>> byUnit = all.stream().collect(Collectors.groupingBy(
                p -> p.unitId() == null ? -1L : p.unitId(), LinkedHashMap::new, Collectors.toList()));
        List<ReachFigures> unitRows = byUnit.entrySet().stream()
                .map(e -> figures(e.getKey() < 0 ? null : e.getKey(), e.getValue().getFirst().unitName(),
                        e.getValue(), item))
                .sorted(Comparator.comparing(f -> f.label() == null ? "" : f.label()))
                .toList();
        return new ItemReach(item, item.kind() == ItemKind.MUST_READ, figures(null, null, all, item), unitRows,
                named, !followed.isEmpty(), meetings(itemId));
    }

    /**
     * The staff the signed-in person follows up who have not been reached: the sign-off sheet's names, those without a
     * work computer first. Empty for anyone who follows up nobody in the audience.
     */
    @Transactional(readOnly = true)
    public List<PersonReach> signOffNames(long itemId, Set<Long> within) {
        Item item = followUp.item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up"));
        Set<Long> followed = policy.followedUpUnits(people.currentActor());
        Set<Long> scope = within == null ? followed
                : within.stream().filter(followed::contains).collect(Collectors.toSet());
        if (scope.isEmpty() || item.kind() != ItemKind.MUST_READ) {
            return List.of();
        }
        return persons(item, scope).stream().filter(p -> !p.reached())
                .sorted(Comparator.comparing(PersonReach::hasWorkComputer).thenComparing(PersonReach::name))
                .toList();
    }

    /**
     * Records who signed the sign-off sheet: exactly the ticked people (among the staff the manager follows up) count
     * as confirmed on paper this round; unticking takes a mistaken tick back. People already signed keep their date.
     *
     * @return how many were added or taken back
     */
    @Transactional
    public int recordPaper(long itemId, LocalDate signedOn, Collection<Long> signed) {
        Item item = followedItem(itemId);
        if (item.kind() != ItemKind.MUST_READ) {
            throw new Refusal("reach.paper.not-must-read");
        }
        checkDate(item, signedOn);
        Set<Long> scope = policy.followedUpUnits(people.currentActor());
        Map<Long, Boolean> candidates = new HashMap<>();
        persons(item, scope).forEach(p -> candidates.put(p.personId(), p.reachedBy() == Channel.PAPER));
        Set<Long> ticked = Set.copyOf(signed);
        if (!candidates.keySet().containsAll(ticked)) {
            throw new Refusal("reach.not-in-audience");
        }
        Instant now = clock.instant();
        String actor = current.nameOrSystem();
        int changed = 0;
        for (Map.Entry<Long, Boolean> candidate : candidates.entrySet()) {
            long person = candidate.getKey();
            boolean onPaper = candidate.getValue();
            if (ticked.contains(person) && !onPaper) {
                store.record(itemId, person, Channel.PAPER, item.confirmRound(), signedOn, null, actor, now);
                changed++;
            } else if (!ticked.contains(person) && onPaper) {
                changed += store.takeBackPaper(itemId, person);
            }
        }
        return changed;
    }

    /**
     * Records a meeting where the item was gone through, and who attended: they count as told in a meeting, unless
     * already confirmed on paper this round.
     */
    @Transactional
    public long recordMeeting(long itemId, LocalDate heldOn, String note, Collection<Long> attendees) {
        Item item = followedItem(itemId);
        checkDate(item, heldOn);
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new Refusal("reach.meeting.note-too-long", MAX_NOTE);
        }
        if (attendees.isEmpty()) {
            throw new Refusal("reach.meeting.nobody");
        }
        Set<Long> scope = policy.followedUpUnits(people.currentActor());
        Map<Long, PersonReach> candidates = new HashMap<>();
        persons(item, scope).forEach(p -> candidates.put(p.personId(), p));
        if (!candidates.keySet().containsAll(Set.copyOf(attendees))) {
            throw new Refusal("reach.not-in-audience");
        }
        Instant now = clock.instant();
        String actor = current.nameOrSystem();
        long meeting = store.addMeeting(itemId, heldOn, text.isEmpty() ? null : text, actor, now);
        for (long person : Set.copyOf(attendees)) {
            Channel already = candidates.get(person).reachedBy();
            if (already != Channel.PAPER && already != Channel.MEETING) {
                store.record(itemId, person, Channel.MEETING, item.confirmRound(), heldOn, meeting, actor, now);
            }
        }
        return meeting;
    }

    /** The meetings recorded for an item, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long itemId) {
        return store.meetings(itemId);
    }

    /**
     * The units whose reach the signed-in person may look at: every unit for communications and administrators, else
     * the units they manage and those below.
     */
    @Transactional(readOnly = true)
    public List<UnitTreeEntry> unitsInView() {
        Actor actor = people.currentActor();
        List<UnitTreeEntry> tree = units.tree();
        if (policy.mayAnywhere(actor, Action.APPROVE)) {
            return tree.stream().filter(UnitTreeEntry::active).toList();
        }
        Set<Long> followed = policy.followedUpUnits(actor);
        return tree.stream().filter(u -> u.active() && followed.contains(u.id())).toList();
    }

    /** The unit id that stands for the whole municipality in a report (communications and administrators). */
    public static final long WHOLE_MUNICIPALITY = 0L;

    /** Does the signed-in person see the whole municipality (in numbers): communications and administrators. */
    public boolean seesWholeMunicipality() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /**
     * A unit's reach over the last weeks (with the units below it), with the must-read trend per week; for
     * {@link #WHOLE_MUNICIPALITY}, every item and everyone.
     */
    @Transactional(readOnly = true)
    public UnitReport unitReport(long unitId, int weeks) {
        Actor actor = people.currentActor();
        Set<Long> followed = policy.followedUpUnits(actor);
        boolean names = followed.contains(unitId);
        if (!names && !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException("Not allowed to follow up this unit");
        }
        String unitName;
        Set<Long> scope;
        if (unitId == WHOLE_MUNICIPALITY) {
            unitName = null;
            scope = null;
        } else {
            unitName = units.tree().stream().filter(u -> u.id() == unitId).findFirst()
                    .orElseThrow(() -> new Refusal("reach.unit.unknown")).name();
            scope = audiences.withSubUnits(List.of(unitId));
        }
        int span = Math.max(1, Math.min(weeks, 52));
        Instant now = clock.instant();
        LocalDate firstMonday = LocalDate.ofInstant(now, TavlaTime.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(span - 1L);
        Instant from = firstMonday.atStartOfDay(TavlaTime.ZONE).toInstant();
        List<UnitReport.Row> rows = new ArrayList<>();
        for (Item item : followUp.releasedTo(scope, from, now, FOLLOWED_KINDS, 200)) {
            ReachFigures figures = figures(unitId, unitName, persons(item, scope), item);
            if (figures.audience() > 0) {
                rows.add(new UnitReport.Row(item, figures));
            }
        }
        List<UnitReport.Week> trend = new ArrayList<>();
        for (int week = 0; week < span; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            List<ReachFigures> inWeek = rows.stream().filter(r -> r.item().kind() == ItemKind.MUST_READ)
                    .filter(r -> !LocalDate.ofInstant(r.item().releaseAt(), TavlaTime.ZONE).isBefore(monday)
                            && LocalDate.ofInstant(r.item().releaseAt(), TavlaTime.ZONE).isBefore(monday.plusWeeks(1)))
                    .map(UnitReport.Row::figures).toList();
            trend.add(new UnitReport.Week(monday, inWeek.size(), inWeek.stream().mapToInt(ReachFigures::audience).sum(),
                    inWeek.stream().mapToInt(ReachFigures::reached).sum()));
        }
        return new UnitReport(unitId, unitName, rows, trend, names);
    }

    /** The texts a CSV export needs, as message keys: the view translates them into the reader's language. */
    public static final List<String> CSV_TEXTS = List.of("reach.col.unit", "reach.col.item", "reach.csv.id",
            "reach.csv.released", "reach.csv.kind", "reach.col.audience", "reach.col.without-pc", "reach.col.seen",
            "reach.col.screen", "reach.col.paper", "reach.col.meeting", "reach.col.not-reached", "reach.csv.percent",
            "reach.total", "reach.no-unit", "news.kind.NORMAL", "news.kind.IMPORTANT", "news.kind.MUST_READ");

    /**
     * The item's figures per unit as CSV (numbers only, no names), for a spreadsheet.
     *
     * @param text the translation of each of {@link #CSV_TEXTS}
     */
    @Transactional(readOnly = true)
    public String itemCsv(long itemId, Function<String, String> text) {
        ItemReach reach = itemReach(itemId);
        StringBuilder csv = new StringBuilder(cell(text.apply("reach.col.unit"))).append(header(text));
        reach.units().forEach(f -> csv.append(row(f.label() == null ? text.apply("reach.no-unit") : f.label(), f)));
        csv.append(row(text.apply("reach.total"), reach.total()));
        return csv.toString();
    }

    /** The unit report as CSV (numbers only): one line per item. */
    @Transactional(readOnly = true)
    public String unitCsv(long unitId, int weeks, Function<String, String> text) {
        UnitReport report = unitReport(unitId, weeks);
        StringBuilder csv = new StringBuilder(cell(text.apply("reach.csv.id"))).append(';')
                .append(cell(text.apply("reach.csv.released"))).append(';')
                .append(cell(text.apply("reach.csv.kind"))).append(';')
                .append(cell(text.apply("reach.col.item"))).append(header(text));
        for (UnitReport.Row r : report.items()) {
            csv.append(r.item().id()).append(';')
                    .append(LocalDate.ofInstant(r.item().releaseAt(), TavlaTime.ZONE)).append(';')
                    .append(cell(text.apply("news.kind." + r.item().kind().name()))).append(';')
                    .append(row(r.item().title(), r.figures()));
        }
        return csv.toString();
    }

    /** The figure columns' headings, after the first column. */
    private static String header(Function<String, String> text) {
        return CSV_TEXTS.subList(CSV_TEXTS.indexOf("reach.col.audience"), CSV_TEXTS.indexOf("reach.total")).stream()
                .map(key -> ";" + cell(text.apply(key))).collect(Collectors.joining()) + "\n";
    }

    private static String row(String label, ReachFigures f) {
        return cell(label) + ";" + f.audience() + ";" + f.withoutComputer() + ";" + f.seen() + ";" + f.onScreen()
                + ";" + f.onPaper() + ";" + f.inMeeting() + ";" + f.notReached() + ";" + f.percent() + "\n";
    }

    /** A CSV cell that a spreadsheet neither splits nor runs as a formula. */
    static String cell(String value) {
        return no.tavla.shared.CsvCells.cell(value);
    }

    /** The people in the item's audience within the units (null: all), each with how they were reached. */
    private List<PersonReach> persons(Item item, Set<Long> within) {
        Map<Long, ConfirmationStore.Offline> offline = store.offline(item.id(), item.confirmRound());
        boolean mustRead = item.kind() == ItemKind.MUST_READ;
        return followUp.readers(item.id(), within).stream().map(r -> {
            Audiences.Member m = r.member();
            ConfirmationStore.Offline off = offline.get(m.personId());
            Channel channel = null;
            if (mustRead ? r.confirmed() : r.seen()) {
                channel = Channel.SCREEN;
            } else if (off != null) {
                channel = off.channel();
            }
            return new PersonReach(m.personId(), m.name(), m.unitId(), m.unitName(), m.hasWorkComputer(), r.seen(),
                    channel, channel == Channel.SCREEN || off == null ? null : off.on());
        }).toList();
    }

    private static ReachFigures figures(Long unitId, String label, List<PersonReach> group, Item item) {
        int seen = 0;
        int screen = 0;
        int paper = 0;
        int meeting = 0;
        int notReached = 0;
        int withoutComputer = 0;
        for (PersonReach p : group) {
            seen += p.seen() ? 1 : 0;
            withoutComputer += p.hasWorkComputer() ? 0 : 1;
            if (p.reachedBy() == null) {
                notReached++;
            } else {
                switch (p.reachedBy()) {
                    case SCREEN -> screen += item.kind() == ItemKind.MUST_READ ? 1 : 0;
                    case PAPER -> paper++;
                    case MEETING -> meeting++;
                }
            }
        }
        return new ReachFigures(unitId, label, group.size(), withoutComputer, seen, screen, paper, meeting,
                notReached);
    }

    /** An item out in the audience, for a manager who follows up some of its audience. */
    private Item followedItem(long itemId) {
        Item item = followUp.item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up"));
        if (policy.followedUpUnits(people.currentActor()).isEmpty()) {
            throw new AccessDeniedException("Only managers record confirmations for their staff");
        }
        if (!item.isOut(clock.instant())) {
            throw new Refusal("reach.not-out");
        }
        return item;
    }

    private void checkDate(Item item, LocalDate day) {
        if (day == null) {
            throw new Refusal("reach.date.missing");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TavlaTime.ZONE);
        LocalDate released = LocalDate.ofInstant(item.releaseAt(), TavlaTime.ZONE);
        if (day.isAfter(today) || day.isBefore(released)) {
            throw new Refusal("reach.date.outside", released, today);
        }
    }
}
