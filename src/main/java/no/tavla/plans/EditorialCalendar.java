package no.tavla.plans;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.tavla.crisis.Crises;
import no.tavla.news.CalendarEntry;
import no.tavla.news.writing.Announcements;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.plans.internal.PlanStore;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial calendar (issue 16, decision 0024), for communications and editors: by week or month, each day's
 * planned releases (internal and public), drafts with a planned time, and the measures of the plans the reader sees;
 * the days to keep clear (public holidays, days communications block, crisis periods); and the crowded mornings. Moving
 * an item goes through the write page's rules ({@link Announcements#move}).
 */
@Service
public class EditorialCalendar {

    /** How many days a block may span, and the longest reason. */
    static final int MAX_BLOCK_DAYS = 366;
    static final int REASON = 200;

    /** What the calendar shows at once. */
    public enum Span {
        WEEK, MONTH
    }

    /** Days communications keep clear. @param by who blocked them */
    public record Blocked(long id, LocalDate first, LocalDate last, String reason, String by) {
    }

    /** A plan's measure on its day. */
    public record PlannedMeasure(long planId, String planName, Measure measure) {
    }

    /**
     * One day.
     *
     * @param crises  the crises in force some time that day
     * @param items   what the reader works on
     * @param others  how many releases for the whole municipality that day are others' (not shown which)
     * @param crowded several releases for the whole municipality at about the same time that day
     */
    public record Day(LocalDate date, List<Holidays.Holiday> holidays, List<Blocked> blocked,
                      List<Crises.Period> crises, List<CalendarEntry> items, int others,
                      List<PlannedMeasure> measures, boolean crowded) {

        /** Whether the day is one to keep clear of ordinary releases. */
        public boolean keptClear() {
            return !holidays.isEmpty() || !blocked.isEmpty() || !crises.isEmpty();
        }
    }

    /** The days shown, from the first to the last. */
    public record View(Span span, LocalDate first, LocalDate last, List<Day> days) {
    }

    private final Announcements announcements;
    private final PlanStore store;
    private final Plans plans;
    private final Crises crises;
    private final AccessPolicy policy;
    private final People people;
    private final Clock clock;
    private final CurrentActor current;

    EditorialCalendar(Announcements announcements, PlanStore store, Plans plans, Crises crises, AccessPolicy policy,
                      People people, Clock clock, CurrentActor current) {
        this.current = current;
        this.announcements = announcements;
        this.store = store;
        this.plans = plans;
        this.crises = crises;
        this.policy = policy;
        this.people = people;
        this.clock = clock;
    }

    /** Whether the signed-in person has the calendar (those who write for a unit, communications). */
    public boolean maySee() {
        return policy.mayAnywhere(people.currentActor(), Action.PUBLISH_FOR_UNIT);
    }

    /** Whether the signed-in person blocks days (communications, administrators). */
    public boolean mayBlock() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /** Today, in Oslo. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TavlaTime.ZONE));
    }

    /** The week (Monday to Sunday) or month that holds the day. */
    @Transactional(readOnly = true)
    public View view(Span span, LocalDate day) {
        if (!maySee()) {
            throw new AccessDeniedException("Not allowed to see the editorial calendar");
        }
        LocalDate first = span == Span.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
        LocalDate last = span == Span.WEEK ? first.plusDays(6) : day.with(TemporalAdjusters.lastDayOfMonth());
        Instant from = start(first);
        Instant until = start(last.plusDays(1));
        // the queries take (from, until]: a thing at midnight belongs to the day it begins
        Instant after = from.minusNanos(1_000);
        Instant upTo = until.minusNanos(1_000);
        List<CalendarEntry> items = announcements.calendar(after, upTo);
        Map<Long, Boolean> seen = new java.util.HashMap<>();
        List<PlannedMeasure> measures = store.measuresBetween(after, upTo).stream()
                .filter(found -> seen.computeIfAbsent(found.measure().planId(), id -> plans.find(id).isPresent()))
                .map(found -> new PlannedMeasure(found.measure().planId(), found.planName(), found.measure())).toList();
        List<Blocked> blocked = blocked(first, last);
        List<Crises.Period> periods = crises.periods(from, until);
        Map<LocalDate, List<Holidays.Holiday>> holidays = new java.util.HashMap<>(Holidays.of(first.getYear()));
        holidays.putAll(Holidays.of(last.getYear()));
        List<Day> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Instant dayStart = start(date);
            Instant dayEnd = start(date.plusDays(1));
            LocalDate on = date;
            List<CalendarEntry> ofDay = items.stream().filter(entry -> !entry.at().isBefore(dayStart)
                    && entry.at().isBefore(dayEnd)).toList();
            days.add(new Day(date, holidays.getOrDefault(date, List.of()),
                    blocked.stream().filter(block -> !block.first().isAfter(on) && !block.last().isBefore(on)).toList(),
                    periods.stream().filter(period -> period.startedAt().isBefore(dayEnd)
                            && (period.endedAt() == null || period.endedAt().isAfter(dayStart))).toList(),
                    ofDay.stream().filter(CalendarEntry::mine).toList(),
                    (int) ofDay.stream().filter(entry -> !entry.mine()).count(),
                    measures.stream().filter(measure -> !measure.measure().plannedAt().isBefore(dayStart)
                            && measure.measure().plannedAt().isBefore(dayEnd)).toList(),
                    ofDay.stream().anyMatch(CalendarEntry::crowded)));
        }
        return new View(span, first, last, days);
    }

    /** The blocked days touching {@code [first, last]}. */
    @Transactional(readOnly = true)
    public List<Blocked> blocked(LocalDate first, LocalDate last) {
        return store.blockedDays(first, last).stream().map(days -> new Blocked(days.id(), days.first(), days.last(),
                days.reason(), days.createdBy())).toList();
    }

    /**
     * Blocks the days from the first to the last, with why (communications).
     *
     * @throws Refusal when a day or the reason is missing, the last is before the first, the span is over a year, or
     *                 the reason too long (nothing is written)
     */
    @Transactional
    public long block(LocalDate first, LocalDate last, String reason) {
        if (!mayBlock()) {
            throw new AccessDeniedException("Not allowed to block days");
        }
        if (first == null) {
            throw new Refusal("calendar.block.first.required");
        }
        LocalDate end = last == null ? first : last;
        if (end.isBefore(first)) {
            throw new Refusal("calendar.block.last.before-first");
        }
        if (end.isAfter(first.plusDays(MAX_BLOCK_DAYS - 1L))) {
            throw new Refusal("calendar.block.too-long", MAX_BLOCK_DAYS);
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("calendar.block.reason.required");
        }
        if (reason.strip().length() > REASON) {
            throw new Refusal("calendar.block.reason.too-long", REASON);
        }
        return store.insertBlockedDays(first, end, reason.strip(), current.nameOrSystem(),
                clock.instant());
    }

    @Transactional
    public void unblock(long id) {
        if (!mayBlock()) {
            throw new AccessDeniedException("Not allowed to block days");
        }
        store.deleteBlockedDays(id);
    }

    /**
     * Moves the item to a new time on the calendar, by the write page's rules.
     *
     * @return the days to keep clear the new time falls on (the move is made; the page says so)
     */
    @Transactional
    public Day move(long itemId, Instant to) {
        announcements.move(itemId, to);
        LocalDate day = to.atZone(TavlaTime.ZONE).toLocalDate();
        return view(Span.WEEK, day).days().stream().filter(found -> found.date().equals(day)).findFirst()
                .orElseThrow();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(TavlaTime.ZONE).toInstant();
    }
}
