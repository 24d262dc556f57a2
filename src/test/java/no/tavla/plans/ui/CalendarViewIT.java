package no.tavla.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.shared.TavlaTime;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editorial calendar in the demo municipality: Ola Hansen (an editor) sees his draft on its day and moves it to
 * the next by keyboard-reachable buttons, by the write page's rules; Ingrid Solheim (communications) blocks days that
 * everyone then sees kept clear; holidays are named; a month lays out its days; Kari Nordmann (an employee) cannot
 * open it; in English too.
 */
class CalendarViewIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.tavla.news.writing.Announcements announcements;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final LocalDate wednesday = LocalDate.now(TavlaTime.ZONE).plusWeeks(3)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(2);

    /** Opens the calendar with its query, as a link from the page does. */
    private static void open(String query) {
        UI.getCurrent().navigate("calendar", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private Section dayOf(LocalDate date) {
        String heading = date.format(java.time.format.DateTimeFormatter.ofPattern(
                UI.getCurrent().getTranslation("calendar.day.pattern"), UI.getCurrent().getLocale()));
        return _find(Section.class, spec -> spec.withClasses("tavla-calendar-day")).stream()
                .filter(section -> PageText.of(section).toLowerCase().startsWith(heading.toLowerCase()))
                .findFirst().orElseThrow();
    }

    @Test
    void anEditorSeesAndMovesTheirDraftAndCommunicationsBlockDays() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
        long unit = announcements.writingUnits().writable().getFirst().id();
        long draft = announcements.create(ItemDraft.of("Julebord " + tag, "", "Tekst", unit, null, ItemKind.NORMAL,
                null, false, Audience.units(new AudienceUnit(unit, true)),
                TavlaTime.instantOf(LocalDateTime.of(wednesday, LocalTime.of(9, 0))), null, null));
        open("day=" + wednesday);
        String page = PageText.of(UI.getCurrent());
        assertThat(page).contains("Redaksjonskalender", "Forrige uke", "Neste uke", "I dag", "Ingenting planlagt.");
        assertThat(PageText.of(dayOf(wednesday))).contains("09:00", "Utkast, planlagt: Julebord " + tag);
        assertThat(_get(Anchor.class, spec -> spec.withText("Julebord " + tag)).getHref()).isEqualTo("write/" + draft);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("tavla-calendar-next")).getHref())
                .isEqualTo("calendar?span=week&day=" + wednesday.with(DayOfWeek.MONDAY).plusWeeks(1));
        _assertNone(TextField.class, spec -> spec.withClasses("tavla-calendar-block-reason"));

        _click(_get(Button.class, spec -> spec.withClasses("tavla-calendar-move")));
        _setValue(_get(DateTimePicker.class, spec -> spec.withClasses("tavla-calendar-move-to")),
                LocalDateTime.of(wednesday.minusWeeks(10), LocalTime.of(9, 0)));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-calendar-move-save")));
        assertThat(PageText.of(UI.getCurrent())).contains("Den nye tiden må være fram i tid.");
        _setValue(_get(DateTimePicker.class, spec -> spec.withClasses("tavla-calendar-move-to")),
                LocalDateTime.of(wednesday.plusDays(1), LocalTime.of(10, 30)));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-calendar-move-save")));
        assertThat(PageText.of(dayOf(wednesday.plusDays(1)))).contains("10:30", "Julebord " + tag);
        assertThat(PageText.of(dayOf(wednesday))).doesNotContain("Julebord " + tag);
        assertThat(announcements.forEditing(draft).releaseAt()).isEqualTo(TavlaTime.instantOf(
                LocalDateTime.of(wednesday.plusDays(1), LocalTime.of(10, 30))));

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        open("day=" + wednesday);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-calendar-block-add")));
        assertThat(_get(DatePicker.class, spec -> spec.withClasses("tavla-calendar-block-first")).getErrorMessage())
                .isEqualTo("Velg første dag.");
        _setValue(_get(DatePicker.class, spec -> spec.withClasses("tavla-calendar-block-first")), wednesday);
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-calendar-block-reason")), "Valg " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-calendar-block-add")));
        assertThat(PageText.of(dayOf(wednesday))).contains("Sperret: Valg " + tag);
        assertThat(dayOf(wednesday).getClassNames()).contains("tavla-calendar-day-clear");

        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
        open("day=" + wednesday);
        assertThat(PageText.of(dayOf(wednesday))).contains("Sperret: Valg " + tag);

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        open("day=" + wednesday);
        _click(_find(Button.class, spec -> spec.withClasses("tavla-calendar-unblock")).stream()
                .filter(button -> button.getElement().getAttribute("aria-label").contains("Valg " + tag))
                .findFirst().orElseThrow());
        assertThat(PageText.of(dayOf(wednesday))).doesNotContain("Valg " + tag);
    }

    @Test
    void aMonthNamesItsHolidaysEmployeesHaveNoCalendarAndItSpeaksEnglish() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        int year = LocalDate.now(TavlaTime.ZONE).getYear();
        open("span=month&day=" + year + "-12-10");
        assertThat(_find(Section.class, spec -> spec.withClasses("tavla-calendar-day"))).hasSize(31);
        assertThat(PageText.of(UI.getCurrent())).contains("Desember " + year, "Forrige måned", "1. juledag",
                "2. juledag");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("tavla-calendar-span-month")).getElement()
                .getAttribute("aria-current")).isEqualTo("page");
        open("day=not-a-day");
        assertThat(_find(Section.class, spec -> spec.withClasses("tavla-calendar-day"))).hasSize(7);

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("span=month&day=" + year + "-12-10");
        assertThat(PageText.of(UI.getCurrent())).contains("Editorial calendar", "December " + year, "Previous month",
                "Christmas Day", "Boxing Day", "Blocked days");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Forrige", "juledag");

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("calendar");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("Editorial calendar", "Redaksjonskalender");
    }
}
