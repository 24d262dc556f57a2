package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

import no.tavla.crisis.Crises;
import no.tavla.crisis.CrisisDraft;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.CalendarEntry;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.writing.Announcements;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.support.CrisisCleanup;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The editorial calendar on MariaDB (issue 16): each writer sees their own items and plans in full, of others' only how
 * many go to the whole municipality and whether the morning is crowded; holidays, blocked days and crises are kept
 * clear; moving an item follows the write page's rules; employees have no calendar.
 */
@TavlaIntegrationTest
class EditorialCalendarIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EditorialCalendar calendar;
    @Autowired
    Announcements announcements;
    @Autowired
    Plans plans;
    @Autowired
    Crises crises;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;
    /** A Wednesday two weeks ahead, clear of whatever other tests plan for the coming days. */
    private final LocalDate wednesday = LocalDate.now(TavlaTime.ZONE).plusWeeks(2)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(2);

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "calendar");
        org.unit("P");
        org.unit("Q");
        org.unit("R");
        org.person("Ed", "P").role("EDITOR", "P");
        org.person("Eve", "Q").role("EDITOR", "Q");
        org.person("Kim", "Q").role("COMMUNICATIONS", null);
        org.person("Mona", "P");
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
        CrisisCleanup.endEveryCrisis(jdbc);
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(contexts, org.subject(name), roles);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TavlaTime.ZONE).toInstant();
    }

    private long item(String title, String unit, boolean everyone, Instant release, Instant external) {
        return announcements.create(ItemDraft.of(title + " " + org.tag(), "Ingress", "Tekst", org.unitId(unit), null,
                ItemKind.NORMAL, null, false, everyone ? Audience.everyone()
                        : Audience.units(new AudienceUnit(org.unitId(unit), true)), release, null, external));
    }

    private EditorialCalendar.Day day(LocalDate date) {
        return calendar.view(EditorialCalendar.Span.WEEK, date).days().stream()
                .filter(day -> day.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void eachWriterSeesTheirOwnInFullAndOfOthersOnlyWhatCrowdsTheMorning() {
        as("Ed");
        long draft = item("Ny turnus", "P", false, at(wednesday, 9), null);
        long plan = plans.create(new PlanDraft(org.unitId("P"), "Turnusplan " + org.tag(), null, null, null, null,
                null));
        plans.addMeasure(plan, new MeasureDraft("Personalmøte", MeasureChannel.STAFF_MEETING, null,
                at(wednesday, 13), org.personId("Ed"), null));
        as("Kim", "COMMUNICATIONS");
        for (int i = 0; i < 3; i++) {
            long wide = item("Til alle " + i, "R", true, at(wednesday, 8).plus(Duration.ofMinutes(20L * i)), null);
            announcements.publish(wide);
        }

        as("Ed");
        EditorialCalendar.View week = calendar.view(EditorialCalendar.Span.WEEK, wednesday);
        assertThat(week.first().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.days()).hasSize(7);
        EditorialCalendar.Day mine = day(wednesday);
        assertThat(mine.items()).singleElement().satisfies(entry -> {
            assertThat(entry.itemId()).isEqualTo(draft);
            assertThat(entry.kind()).isEqualTo(CalendarEntry.Kind.DRAFT);
            assertThat(entry.movable()).isTrue();
        });
        assertThat(mine.others()).as("others' items for everyone: counted, not named").isGreaterThanOrEqualTo(3);
        assertThat(mine.crowded()).isTrue();
        assertThat(mine.measures()).singleElement().satisfies(measure -> {
            assertThat(measure.planName()).isEqualTo("Turnusplan " + org.tag());
            assertThat(measure.measure().title()).isEqualTo("Personalmøte");
        });
        assertThat(day(wednesday.plusDays(1)).items()).isEmpty();

        as("Eve");
        EditorialCalendar.Day theirs = day(wednesday);
        assertThat(theirs.items()).as("another unit's draft is not Eve's to see").isEmpty();
        assertThat(theirs.measures()).as("nor its plan").isEmpty();
        assertThat(theirs.others()).isEqualTo(mine.others());

        as("Kim", "COMMUNICATIONS");
        assertThat(day(wednesday).items()).extracting(CalendarEntry::title).contains("Ny turnus " + org.tag(),
                "Til alle 0 " + org.tag(), "Til alle 2 " + org.tag());
        assertThat(day(wednesday).measures()).hasSize(1);
        assertThat(calendar.view(EditorialCalendar.Span.MONTH, wednesday).days()).hasSize(
                wednesday.lengthOfMonth());

        as("Mona");
        assertThat(calendar.maySee()).isFalse();
        assertThatThrownBy(() -> calendar.view(EditorialCalendar.Span.WEEK, wednesday))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void movingAnItemFollowsTheWritePagesRules() {
        as("Ed");
        long draft = item("Flyttes", "P", false, at(wednesday, 9), null);
        calendar.move(draft, at(wednesday.plusDays(1), 10));
        assertThat(announcements.forEditing(draft).releaseAt()).isEqualTo(at(wednesday.plusDays(1), 10));
        assertThat(day(wednesday.plusDays(1)).items()).extracting(CalendarEntry::itemId).containsExactly(draft);
        assertThatThrownBy(() -> calendar.move(draft, Instant.now().minusSeconds(60))).isInstanceOf(Refusal.class)
                .hasMessage("news.calendar.past");
        assertThatThrownBy(() -> calendar.move(draft, null)).isInstanceOf(Refusal.class)
                .hasMessage("news.calendar.time.required");
        long scheduled = item("Planlagt", "P", false, at(wednesday, 9), null);
        announcements.publish(scheduled);
        calendar.move(scheduled, at(wednesday, 11));
        assertThat(announcements.forEditing(scheduled).releaseAt()).as("a planned release is rescheduled")
                .isEqualTo(at(wednesday, 11));
        assertThat(announcements.history(scheduled)).extracting(no.tavla.news.ItemEvent::step).contains("RESCHEDULED");

        as("Eve");
        assertThatThrownBy(() -> calendar.move(draft, at(wednesday, 12))).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        long withPublic = item("Til publikum", "Q", true, at(wednesday, 9), at(wednesday, 12));
        announcements.publish(withPublic);
        as("Kim", "COMMUNICATIONS");
        calendar.move(withPublic, at(wednesday.plusDays(1), 9));
        assertThat(announcements.forEditing(withPublic).externalReleaseAt()).as("the public part keeps its distance")
                .isEqualTo(at(wednesday.plusDays(1), 12));
        as("Ed");
        long edsPublic = item("Eds offentlige", "P", false, at(wednesday, 9), at(wednesday, 12));
        as("Kim", "COMMUNICATIONS");
        announcements.publish(edsPublic);
        as("Ed");
        assertThatThrownBy(() -> calendar.move(edsPublic, at(wednesday, 10))).as("a public part: communications")
                .isInstanceOf(Refusal.class).hasMessage("news.publish.needs-approval");
    }

    @Test
    void holidaysBlockedDaysAndCrisesAreKeptClear() {
        as("Kim", "COMMUNICATIONS");
        LocalDate christmas = LocalDate.of(wednesday.getYear(), 12, 25);
        assertThat(day(christmas).holidays()).containsExactly(Holidays.Holiday.CHRISTMAS_DAY);
        assertThat(day(christmas).keptClear()).isTrue();

        assertThatThrownBy(() -> calendar.block(wednesday, wednesday, " ")).isInstanceOf(Refusal.class)
                .hasMessage("calendar.block.reason.required");
        assertThatThrownBy(() -> calendar.block(wednesday, wednesday.minusDays(1), "Valg")).isInstanceOf(
                Refusal.class).hasMessage("calendar.block.last.before-first");
        assertThatThrownBy(() -> calendar.block(null, null, "Valg")).isInstanceOf(Refusal.class)
                .hasMessage("calendar.block.first.required");
        long block = calendar.block(wednesday, wednesday.plusDays(1), "Budsjettdagen " + org.tag());
        as("Ed");
        assertThat(day(wednesday.plusDays(1)).blocked()).extracting(EditorialCalendar.Blocked::reason)
                .contains("Budsjettdagen " + org.tag());
        assertThat(day(wednesday.plusDays(2)).blocked()).extracting(EditorialCalendar.Blocked::reason)
                .doesNotContain("Budsjettdagen " + org.tag());
        assertThat(calendar.mayBlock()).isFalse();
        assertThatThrownBy(() -> calendar.block(wednesday, null, "Mitt")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.unblock(block)).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        calendar.unblock(block);
        assertThat(day(wednesday).blocked()).extracting(EditorialCalendar.Blocked::reason)
                .doesNotContain("Budsjettdagen " + org.tag());

        long crisis = crises.switchOn(new CrisisDraft("Vannlekkasje " + org.tag(), "Ikke drikk vannet.", false,
                Set.of(org.unitId("Q")), false)).id();
        LocalDate today = LocalDate.now(TavlaTime.ZONE);
        assertThat(day(today).crises()).extracting(Crises.Period::title).contains("Vannlekkasje " + org.tag());
        as("Ed");
        assertThat(day(today).crises()).as("not Ed's units, not Ed's to lead: only that one is in force")
                .extracting(Crises.Period::title).containsNull();
        assertThat(day(today).keptClear()).isTrue();
        as("Kim", "COMMUNICATIONS");
        crises.switchOff(crisis, "Over.");
        assertThat(day(today.plusDays(1)).crises()).extracting(Crises.Period::title)
                .doesNotContain("Vannlekkasje " + org.tag());
    }
}
