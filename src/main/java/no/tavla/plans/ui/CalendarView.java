package no.tavla.plans.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.crisis.Crises;
import no.tavla.news.CalendarEntry;
import no.tavla.plans.EditorialCalendar;
import no.tavla.plans.Holidays;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * The editorial calendar (issue 16, decision 0024): a week or a month, day by day, with what is planned to go out,
 * drafts with a planned time and plans' measures, the days to keep clear and the crowded mornings. An item the reader
 * works on moves from here by the write page's rules. The week is a row of seven days on a wide screen and a list on a
 * phone; each day is a section with its date as heading, so a screen reader walks it day by day.
 */
@PageBean
@Route("calendar")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
@Menu(order = 5.7, title = "nav.calendar", icon = "vaadin:calendar")
class CalendarView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EditorialCalendar calendar;
    private EditorialCalendar.Span span = EditorialCalendar.Span.WEEK;
    private LocalDate day;

    CalendarView(EditorialCalendar calendar) {
        this.calendar = calendar;
        addClassNames("tavla-page", "tavla-calendar");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        span = "month".equals(first(query, "span")) ? EditorialCalendar.Span.MONTH : EditorialCalendar.Span.WEEK;
        day = calendar.today();
        String asked = first(query, "day");
        if (asked != null && asked.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate parsed = LocalDate.parse(asked);
                if (Math.abs(parsed.getYear() - day.getYear()) <= 10) {
                    day = parsed;
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // a day that does not exist shows today
            }
        }
        show();
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void show() {
        removeAll();
        EditorialCalendar.View view = calendar.view(span, day);
        add(new H1(getTranslation("calendar.heading")), navigation(view));
        H2 heading = new H2(title(view));
        heading.addClassName("tavla-calendar-period");
        add(heading);
        Div days = new Div();
        days.addClassNames("tavla-calendar-days", span == EditorialCalendar.Span.WEEK ? "tavla-calendar-week"
                : "tavla-calendar-month");
        view.days().forEach(shown -> days.add(day(shown)));
        // on a wide screen a month's first day stands under its weekday
        days.getStyle().set("--tavla-calendar-start", String.valueOf(view.first().getDayOfWeek().getValue()));
        add(days);
        if (calendar.mayBlock()) {
            add(blocking(view));
        }
    }

    private String title(EditorialCalendar.View view) {
        if (view.span() == EditorialCalendar.Span.MONTH) {
            return capitalised(view.first().format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale())));
        }
        return getTranslation("calendar.week", view.first().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                TavlaTime.date(view.first(), getLocale()), TavlaTime.date(view.last(), getLocale()));
    }

    /** Back, today, forward, and week or month: links, so that each view has its address. */
    private Nav navigation(EditorialCalendar.View view) {
        Nav nav = new Nav();
        nav.addClassName("tavla-calendar-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("calendar.nav"));
        boolean week = view.span() == EditorialCalendar.Span.WEEK;
        LocalDate back = week ? view.first().minusWeeks(1) : view.first().minusMonths(1);
        LocalDate forward = week ? view.first().plusWeeks(1) : view.first().plusMonths(1);
        nav.add(link(getTranslation(week ? "calendar.previous.week" : "calendar.previous.month"), view.span(), back,
                        "tavla-calendar-previous"),
                link(getTranslation("calendar.today"), view.span(), calendar.today(), "tavla-calendar-today"),
                link(getTranslation(week ? "calendar.next.week" : "calendar.next.month"), view.span(), forward,
                        "tavla-calendar-next"));
        Anchor weekLink = link(getTranslation("calendar.span.WEEK"), EditorialCalendar.Span.WEEK, day,
                "tavla-calendar-span-week");
        Anchor monthLink = link(getTranslation("calendar.span.MONTH"), EditorialCalendar.Span.MONTH, day,
                "tavla-calendar-span-month");
        (week ? weekLink : monthLink).getElement().setAttribute("aria-current", "page");
        Span spans = new Span(weekLink, monthLink);
        spans.addClassName("tavla-calendar-spans");
        nav.add(spans);
        return nav;
    }

    private static Anchor link(String text, EditorialCalendar.Span span, LocalDate day, String className) {
        Anchor link = new Anchor("calendar?span=" + span.name().toLowerCase(java.util.Locale.ROOT) + "&day=" + day,
                text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName(className);
        return link;
    }

    private Section day(EditorialCalendar.Day shown) {
        Section section = new Section();
        section.addClassName("tavla-calendar-day");
        if (shown.date().equals(calendar.today())) {
            section.addClassName("tavla-calendar-day-today");
        }
        if (shown.keptClear()) {
            section.addClassName("tavla-calendar-day-clear");
        }
        String date = shown.date().format(DateTimeFormatter.ofPattern(getTranslation("calendar.day.pattern"),
                getLocale()));
        H3 heading = new H3(capitalised(date)
                + (shown.date().equals(calendar.today()) ? " (" + getTranslation("calendar.is-today") + ")" : ""));
        section.add(heading);
        List<Span> notes = new ArrayList<>();
        for (Holidays.Holiday holiday : shown.holidays()) {
            notes.add(badge(getTranslation("calendar.holiday." + holiday.name()), "tavla-calendar-holiday"));
        }
        for (EditorialCalendar.Blocked block : shown.blocked()) {
            notes.add(badge(getTranslation("calendar.blocked", block.reason()), "tavla-calendar-blocked"));
        }
        for (Crises.Period crisis : shown.crises()) {
            notes.add(badge(crisis.title() == null ? getTranslation("calendar.crisis.unnamed")
                    : getTranslation("calendar.crisis", crisis.title()), "tavla-calendar-crisis"));
        }
        if (shown.crowded()) {
            notes.add(badge(getTranslation("planning.crowded"), "tavla-calendar-crowded"));
        }
        if (!notes.isEmpty()) {
            Div badges = new Div(notes.toArray(Component[]::new));
            badges.addClassName("tavla-calendar-badges");
            section.add(badges);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-calendar-entries");
        record Timed(Instant at, ListItem item) {
        }
        List<Timed> timed = new ArrayList<>();
        shown.items().forEach(entry -> timed.add(new Timed(entry.at(), item(entry))));
        shown.measures().forEach(measure -> timed.add(new Timed(measure.measure().plannedAt(), measure(measure))));
        timed.stream().sorted(java.util.Comparator.comparing(Timed::at)).forEach(entry -> list.add(entry.item()));
        if (shown.others() > 0) {
            ListItem others = new ListItem(getTranslation("calendar.others", shown.others()));
            others.addClassName("tavla-calendar-others");
            list.add(others);
        }
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("calendar.none"));
            none.addClassName("tavla-calendar-none");
            section.add(none);
        } else {
            section.add(list);
        }
        return section;
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("tavla-badge", className);
        return badge;
    }

    private ListItem item(CalendarEntry entry) {
        ListItem item = new ListItem();
        item.addClassNames("tavla-calendar-entry", "tavla-calendar-" + entry.kind().name().toLowerCase(
                java.util.Locale.ROOT));
        Span time = new Span(TavlaTime.time(entry.at(), getLocale()) + " ");
        time.addClassName("tavla-calendar-time");
        Span kind = new Span(getTranslation("calendar.kind." + entry.kind().name()) + ": ");
        kind.addClassName("tavla-calendar-kind");
        Anchor title = new Anchor("write/" + entry.itemId(), entry.title().isBlank()
                ? getTranslation("calendar.untitled") : entry.title());
        title.getElement().setAttribute("router-link", true);
        Span facts = new Span(" · " + (entry.wholeMunicipality() ? getTranslation("news.audience.whole")
                : entry.unitName()));
        facts.addClassName("tavla-unit-facts");
        item.add(time, kind, title, facts);
        if (entry.movable()) {
            Button move = new Button(getTranslation("calendar.move"));
            move.addThemeVariants(ButtonVariant.TERTIARY);
            move.addClassName("tavla-calendar-move");
            move.getElement().setAttribute("aria-label", getTranslation("calendar.move.named", title.getText()));
            move.addClickListener(click -> {
                move.setVisible(false);
                item.add(moveForm(entry, move));
            });
            item.add(move);
        }
        return item;
    }

    /** A new time for the item, checked by the write page's rules when it is moved. */
    private Div moveForm(CalendarEntry entry, Button opener) {
        Div form = new Div();
        form.addClassName("tavla-calendar-move-form");
        DateTimePicker to = Forms.translated(new DateTimePicker(getTranslation("calendar.move.to")));
        to.setValue(TavlaTime.localOf(entry.at()));
        to.addClassNames("tavla-calendar-move-to", "tavla-date-time");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem);
        Button save = new Button(getTranslation("calendar.move.save"), click -> {
            Instant at = to.getValue() == null ? null : TavlaTime.instantOf(to.getValue());
            EditorialCalendar.Day landed;
            try {
                landed = calendar.move(entry.itemId(), at);
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            day = landed.date();
            show();
            Results.announce(getTranslation("calendar.moved", TavlaTime.dateTime(at, getLocale()))
                    + (landed.keptClear() ? " " + getTranslation("calendar.moved.clear") : ""));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-calendar-move-save");
        Button cancel = new Button(getTranslation("calendar.move.cancel"), click -> {
            form.removeFromParent();
            opener.setVisible(true);
        });
        cancel.addClassName("tavla-calendar-move-cancel");
        form.add(to, save, cancel, problem);
        return form;
    }

    private ListItem measure(EditorialCalendar.PlannedMeasure measure) {
        ListItem item = new ListItem();
        item.addClassNames("tavla-calendar-entry", "tavla-calendar-measure");
        Span time = new Span(TavlaTime.time(measure.measure().plannedAt(), getLocale()) + " ");
        time.addClassName("tavla-calendar-time");
        Span kind = new Span(getTranslation("calendar.kind.MEASURE", getTranslation("plans.channel."
                + measure.measure().channel().name())) + ": ");
        kind.addClassName("tavla-calendar-kind");
        Anchor title = new Anchor("plans/" + measure.planId(), measure.measure().title());
        title.getElement().setAttribute("router-link", true);
        Span facts = new Span(" · " + getTranslation("calendar.measure.in", measure.planName()) + " · "
                + getTranslation("plans.measure.status." + measure.measure().status().name()));
        facts.addClassName("tavla-unit-facts");
        item.add(time, kind, title, facts);
        return item;
    }

    /** Communications keep days clear: a strike, the budget day, an election. */
    private Div blocking(EditorialCalendar.View view) {
        Div box = new Div(new H2(getTranslation("calendar.block.heading")));
        box.addClassNames("tavla-section", "tavla-calendar-blocking");
        List<EditorialCalendar.Blocked> blocked = calendar.blocked(view.first(), view.last());
        if (!blocked.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (EditorialCalendar.Blocked block : blocked) {
                String when = TavlaTime.date(block.first(), getLocale()) + (block.first().equals(block.last()) ? ""
                        : " – " + TavlaTime.date(block.last(), getLocale()));
                Button remove = new Button(getTranslation("calendar.block.remove"), click -> {
                    calendar.unblock(block.id());
                    show();
                    Results.announce(getTranslation("calendar.block.removed"));
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.addClassName("tavla-calendar-unblock");
                remove.getElement().setAttribute("aria-label", getTranslation("calendar.block.remove") + ": "
                        + block.reason());
                list.add(new ListItem(new Span(when + ": " + block.reason() + " (" + block.by() + ") "), remove));
            }
            box.add(list);
        }
        DatePicker first = Forms.translated(new DatePicker(getTranslation("calendar.block.first")));
        first.addClassName("tavla-calendar-block-first");
        DatePicker last = Forms.translated(new DatePicker(getTranslation("calendar.block.last")));
        last.setHelperText(getTranslation("calendar.block.last.help"));
        last.addClassName("tavla-calendar-block-last");
        TextField reason = Forms.textField(getTranslation("calendar.block.reason"), "", 200);
        reason.setHelperText(getTranslation("calendar.block.reason.help"));
        reason.addClassName("tavla-calendar-block-reason");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("calendar.block.first", first)
                .field("calendar.block.last", last).field("calendar.block.reason", reason);
        Button block = new Button(getTranslation("calendar.block.add"), click -> {
            try {
                calendar.block(first.getValue(), last.getValue(), reason.getValue());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation("calendar.block.added"));
        });
        block.addClassName("tavla-calendar-block-add");
        box.add(first, last, reason, block, problem);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.heading") + " – Tavla";
    }
}
