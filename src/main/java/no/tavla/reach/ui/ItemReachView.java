package no.tavla.reach.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.shared.Language;
import no.tavla.reach.Channel;
import no.tavla.reach.ItemReach;
import no.tavla.reach.Meeting;
import no.tavla.reach.PersonReach;
import no.tavla.notifications.NotificationCounts;
import no.tavla.reach.Reach;
import no.tavla.reach.ReachFigures;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.PageBean;

/**
 * An item's reach: per unit and in total, across screen, paper and meetings. A manager records here who signed the
 * sign-off sheet (a tick list, quick for a hundred names) and who was told in a meeting, and sees who is left.
 */
@PageBean
@Route("reach/:id")
@RolesAllowed({"MANAGER", "COMMUNICATIONS", "ADMIN"})
class ItemReachView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Reach reach;
    private final transient Clock clock;
    private final transient NotificationCounts notifications;
    private long id;
    private String title = "";

    ItemReachView(Reach reach, Clock clock, NotificationCounts notifications) {
        this.notifications = notifications;
        this.reach = reach;
        this.clock = clock;
        addClassNames("tavla-page", "tavla-item-reach");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        if (!parameter.matches("\\d{1,18}") || !reach.mayFollowUp(Long.parseLong(parameter))) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = Long.parseLong(parameter);
        show();
    }

    private void show() {
        removeAll();
        ItemReach found = reach.itemReach(id);
        title = found.item().title();
        add(new H1(getTranslation("reach.item.heading", title)));
        Anchor item = new Anchor("news/" + id, getTranslation("reach.item.open"));
        Anchor print = new Anchor("notices/" + id + ".pdf?lang=" + Language.of(getLocale()).tag(), getTranslation(found.mustRead() && found.followsUpStaff()
                ? "reach.print.with-sheet" : "notice.print"));
        print.setTarget("_blank");
        print.getElement().setAttribute("router-ignore", true);
        print.addClassName("tavla-reach-print");
        // translated here, in the view's language: the download runs outside the page's request
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        Reach.CSV_TEXTS.forEach(key -> texts.put(key, getTranslation(key)));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = reach.itemCsv(id, texts::get).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "rekkevidde-" + id + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("reach.csv"));
        csv.addClassName("tavla-reach-csv");
        Div links = new Div(item, new Span(" · "), print, new Span(" · "), csv);
        links.addClassNames("tavla-reach-links", "no-print");
        add(links);

        ReachFigures total = found.total();
        Paragraph summary = new Paragraph(getTranslation("reach.summary", total.percent(), total.reached(),
                total.audience()));
        summary.addClassName("tavla-reach-summary");
        add(summary);
        if (found.item().confirmBy() != null) {
            StringBuilder said = new StringBuilder(getTranslation("reach.deadline",
                    no.tavla.shared.TavlaTime.dateTime(found.item().confirmBy(), getLocale())));
            reach.deadlineSteps(id).forEach(step -> said.append(' ').append(getTranslation(
                    step.managersTold() ? "reach.deadline.managers"
                            : "reach.deadline.reminded",
                    no.tavla.shared.TavlaTime.dateTime(step.doneAt(), getLocale()), step.people())));
            Paragraph deadline = new Paragraph(said.toString());
            deadline.addClassName("tavla-reach-deadline");
            add(deadline);
        }
        NotificationCounts.Counts told = notifications.forItem(id);
        if (told.bell().any() || told.email().any() || told.sms().any()) {
            Paragraph notified = new Paragraph(getTranslation("reach.notified", told.bell().sent(),
                    told.email().sent(), told.email().waiting(), told.email().failed(), told.sms().sent(),
                    told.sms().waiting(), told.sms().failed()));
            notified.addClassName("tavla-reach-notified");
            add(notified);
        }
        if (!found.followsUpStaff()) {
            add(new Paragraph(getTranslation("reach.names.private")));
        }
        add(ReachTables.figures(this, getTranslation("reach.per-unit"), getTranslation("reach.col.unit"),
                found.units(), f -> f, f -> new Span(f.label() == null ? getTranslation("reach.no-unit") : f.label()),
                total, found.mustRead()));

        if (found.followsUpStaff()) {
            List<PersonReach> staff = found.people();
            if (found.mustRead() && found.item().isOut(clock.instant())) {
                add(paper(staff));
            }
            if (found.item().isOut(clock.instant())) {
                add(meeting(staff));
            }
            add(notReached(staff));
        }
        add(meetings(found.meetings()));
    }

    private Div notReached(List<PersonReach> staff) {
        List<PersonReach> left = staff.stream().filter(p -> !p.reached())
                .sorted(java.util.Comparator.comparing(PersonReach::hasWorkComputer)).toList();
        Div box = new Div(new H2(getTranslation("reach.not-reached", left.size())));
        box.addClassNames("tavla-section", "tavla-reach-left");
        UnorderedList names = new UnorderedList();
        names.addClassName("tavla-not-reached");
        left.forEach(p -> names.add(new ListItem(label(p))));
        box.add(names);
        return box;
    }

    private Div paper(List<PersonReach> staff) {
        Div box = new Div(new H2(getTranslation("reach.paper.heading")));
        box.addClassNames("tavla-section", "tavla-reach-paper", "no-print");
        box.add(new Paragraph(getTranslation("reach.paper.help")));
        List<PersonReach> candidates = staff.stream().filter(p -> p.reachedBy() != Channel.SCREEN).toList();
        DatePicker signedOn = datePicker("reach.paper.date");
        TickList ticks = tickList("reach.paper.who", candidates, new HashSet<>(candidates.stream()
                .filter(p -> p.reachedBy() == Channel.PAPER).map(PersonReach::personId).toList()),
                "tavla-paper-ticks");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("reach.date", signedOn)
                .field("reach.not-in-audience", ticks.boxes());
        Button save = new Button(getTranslation("reach.paper.save"), e -> act(problems, "tavla-reach-paper", () -> {
            reach.recordPaper(id, signedOn.getValue(), ticks.ticked());
            return getTranslation("reach.paper.saved", ticks.ticked().size());
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-paper-save");
        box.add(signedOn, ticks, save, problem);
        return box;
    }

    private Div meeting(List<PersonReach> staff) {
        Div box = new Div(new H2(getTranslation("reach.meeting.heading")));
        box.addClassNames("tavla-section", "tavla-reach-meeting", "no-print");
        List<PersonReach> candidates = staff.stream().filter(p -> !p.reached()).toList();
        if (candidates.isEmpty()) {
            box.add(new Paragraph(getTranslation("reach.meeting.everyone")));
            return box;
        }
        DatePicker heldOn = datePicker("reach.meeting.date");
        TextField note = Forms.textField(getTranslation("reach.meeting.note"), "", Reach.MAX_NOTE);
        TickList attendees = tickList("reach.meeting.who", candidates, Set.of(), "tavla-meeting-ticks");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("reach.date", heldOn)
                .field("reach.meeting.note", note).field("reach.meeting.nobody", attendees.boxes())
                .field("reach.not-in-audience", attendees.boxes());
        Button save = new Button(getTranslation("reach.meeting.save"), e -> act(problems, "tavla-reach-meetings",
                () -> recordMeeting(heldOn, note, attendees)));
        save.addClassName("tavla-meeting-save");
        box.add(heldOn, note, attendees, save, problem);
        return box;
    }

    /** Records the meeting and says what was saved. */
    private String recordMeeting(DatePicker heldOn, TextField note, TickList attendees) {
        int told = attendees.ticked().size();
        reach.recordMeeting(id, heldOn.getValue(), note.getValue(), attendees.ticked());
        return getTranslation("reach.meeting.saved", told, TavlaTime.date(heldOn.getValue(), getLocale()));
    }

    private Div meetings(List<Meeting> meetings) {
        Div box = new Div(new H2(getTranslation("reach.meetings")));
        box.addClassNames("tavla-section", "tavla-reach-meetings");
        if (meetings.isEmpty()) {
            box.add(new Paragraph(getTranslation("reach.meetings.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        meetings.forEach(m -> list.add(new ListItem(getTranslation("reach.meetings.one",
                TavlaTime.date(m.heldOn(), getLocale()), m.attendees(), m.recordedBy())
                + (m.note() == null ? "" : " – " + m.note()))));
        box.add(list);
        return box;
    }

    private DatePicker datePicker(String key) {
        DatePicker picker = Forms.translated(new DatePicker(getTranslation(key)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), TavlaTime.ZONE);
        picker.setValue(today);
        picker.setMax(today);
        picker.setRequired(true);
        return picker;
    }

    private TickList tickList(String key, List<PersonReach> candidates, Set<Long> ticked, String className) {
        return new TickList(getTranslation(key), getTranslation("reach.filter"), getTranslation("reach.tick-all"),
                candidates, ticked, this::label, className);
    }

    private String label(PersonReach p) {
        StringBuilder text = new StringBuilder(p.name());
        if (p.unitName() != null) {
            text.append(" – ").append(p.unitName());
        }
        if (!p.hasWorkComputer()) {
            text.append(" · ").append(getTranslation("news.no-computer"));
        }
        if (p.reachedBy() == Channel.PAPER) {
            text.append(" · ").append(getTranslation("reach.signed-on", TavlaTime.date(p.offlineOn(), getLocale())));
        } else if (p.reachedBy() == Channel.MEETING) {
            text.append(" · ").append(getTranslation("reach.told-on", TavlaTime.date(p.offlineOn(), getLocale())));
        }
        return text.toString();
    }

    /**
     * Records, builds the page anew with what was recorded, and puts the confirmation at the top of the section where
     * it shows ({@code sectionClass}), with focus on it (WCAG 2.4.3, 4.1.3).
     */
    private void act(FieldProblems problems, String sectionClass, Supplier<String> action) {
        String confirmation;
        try {
            confirmation = action.get();
        } catch (Refusal refusal) {
            problems.show(refusal);
            return;
        }
        show();
        Paragraph saved = new Paragraph(confirmation);
        saved.addClassName("tavla-reach-saved");
        saved.getElement().setAttribute("role", "status");
        // under the section's heading; the page's own heading if the section is gone
        getChildren().filter(c -> c instanceof Div && c.hasClassName(sectionClass)).map(Div.class::cast).findFirst()
                .ifPresentOrElse(box -> box.addComponentAtIndex(1, saved), () -> addComponentAtIndex(1, saved));
        Results.focus(saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reach.item.heading", title) + " – Tavla";
    }
}
