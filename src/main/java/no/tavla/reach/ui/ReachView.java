package no.tavla.reach.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.shared.Language;
import no.tavla.crisis.CrisisFollowUp;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.reach.Kiosk;
import no.tavla.reach.Kiosks;
import no.tavla.reach.Notices;
import no.tavla.reach.PersonReach;
import no.tavla.reach.Reach;
import no.tavla.reach.UnitReport;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.PageBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Reach for a unit, for its managers and for communications: the important and must-read items of recent weeks with
 * how far each reached the unit, the weekly must-read trend as a chart, and CSV. The unit's managers also print the
 * week's notices as one PDF and look after the staff-room screens here.
 */
@PageBean
@Route("reach")
@RolesAllowed({"MANAGER", "COMMUNICATIONS", "ADMIN"})
@Menu(order = 7, title = "nav.reach", icon = "vaadin:bullseye")
class ReachView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int WEEKS = 8;
    /** How many of a crisis's names not confirmed the page lists (the sign-off sheet has them all). */
    static final int CRISIS_NAMES = 50;

    private final transient Reach reach;
    private final transient Notices notices;
    private final transient Kiosks kiosks;
    private final transient CrisisFollowUp crises;
    private final transient Clock clock;
    private final transient CurrentActor current;
    private final transient TaskExecutor executor;
    private final ComboBox<UnitTreeEntry> unit = new ComboBox<>();
    private final Div report = new Div();

    ReachView(Reach reach, Notices notices, Kiosks kiosks, CrisisFollowUp crises, CurrentActor current,
              @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.reach = reach;
        this.notices = notices;
        this.kiosks = kiosks;
        this.crises = crises;
        this.clock = clock;
        this.current = current;
        this.executor = executor;
        addClassNames("tavla-page", "tavla-reach");
        add(new H1(getTranslation("reach.heading")), new Paragraph(getTranslation("reach.intro")));
        List<UnitTreeEntry> units = unitsInView();
        unit.setLabel(getTranslation("reach.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.addClassName("tavla-reach-unit");
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("reach", QueryParameters.of("unit", String.valueOf(e.getValue().id())));
            }
            show(e.getValue());
        });
        report.addClassName("tavla-reach-report");
        add(unit, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        Optional<String> asked = location.getQueryParameters().getSingleParameter("unit");
        List<UnitTreeEntry> units = unitsInView();
        Optional<UnitTreeEntry> chosen = asked.filter(s -> s.matches("\\d{1,18}"))
                .flatMap(s -> units.stream().filter(u -> u.id() == Long.parseLong(s)).findFirst());
        if (chosen.isEmpty() && asked.isEmpty()) {
            // a manager starts at the top unit they manage
            chosen = units.stream().filter(u -> units.stream().noneMatch(p -> p.id() == (u.parentId() == null ? -1
                    : u.parentId()))).findFirst();
            if (units.size() > 20 && !reach.seesWholeMunicipality()) {
                chosen = Optional.empty();
            }
        }
        if (asked.isPresent() && chosen.isEmpty()) {
            report.removeAll();
            report.add(new Paragraph(getTranslation("reach.unit.unknown")));
            return;
        }
        unit.setValue(chosen.orElse(null));
    }

    /** The units to choose from; communications and administrators first have the whole municipality. */
    private List<UnitTreeEntry> unitsInView() {
        List<UnitTreeEntry> units = new java.util.ArrayList<>();
        if (reach.seesWholeMunicipality()) {
            units.add(new UnitTreeEntry(Reach.WHOLE_MUNICIPALITY, "kommunen", getTranslation("news.audience.whole"),
                    no.tavla.organisation.UnitType.SECTOR, true, null, 0));
        }
        units.addAll(reach.unitsInView());
        return units;
    }

    private void show(UnitTreeEntry chosen) {
        report.removeAll();
        if (chosen == null) {
            report.add(new Paragraph(getTranslation("reach.choose-unit")));
            return;
        }
        UnitReport found = reach.unitReport(chosen.id(), WEEKS);
        List<CrisisFollowUp.UnitConfirmations> crisesHere = crises.forUnit(
                chosen.id() == Reach.WHOLE_MUNICIPALITY ? null : chosen.id());
        if (!crisesHere.isEmpty()) {
            report.add(crisisConfirmations(crisesHere));
        }
        report.add(new H2(getTranslation("reach.trend", chosen.name())), trend(found));
        // translated here, in the view's language: the download runs outside the page's request
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        Reach.CSV_TEXTS.forEach(key -> texts.put(key, getTranslation(key)));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = reach.unitCsv(chosen.id(), WEEKS, texts::get).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "rekkevidde-" + chosen.code() + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("reach.csv"));
        csv.addClassNames("tavla-reach-csv", "no-print");
        report.add(new H2(getTranslation("reach.items", WEEKS)));
        if (found.items().isEmpty()) {
            report.add(new Paragraph(getTranslation("reach.items.none")));
        } else {
            report.add(ReachTables.figures(this, getTranslation("reach.items.caption", chosen.name()),
                    getTranslation("reach.col.item"), found.items(), UnitReport.Row::figures, row -> {
                        Anchor link = new Anchor("reach/" + row.item().id(), row.item().title());
                        Span kind = new Span(" · " + getTranslation("news.kind." + row.item().kind().name()) + " · "
                                + TavlaTime.dateTime(row.item().releaseAt(), getLocale()));
                        kind.addClassName("tavla-item-meta");
                        return new Div(link, kind);
                    }, null, true), csv);
        }
        if (kiosks.mayManage(chosen.id())) {
            report.add(printing(chosen), screens(chosen));
        }
    }

    /** Crises and drills of late that reach the unit: who has said they have read it, and for managers who not. */
    private Div crisisConfirmations(List<CrisisFollowUp.UnitConfirmations> found) {
        Div box = new Div(new H2(getTranslation("reach.crisis.heading")));
        box.addClassNames("tavla-section", "tavla-reach-crisis");
        for (CrisisFollowUp.UnitConfirmations one : found) {
            Div crisis = new Div();
            crisis.addClassName("tavla-reach-crisis-one");
            crisis.add(new H3(getTranslation(one.crisis().drill() ? "crisis.banner.drill" : "crisis.banner.label")
                    + ": " + one.crisis().title()));
            Paragraph when = new Paragraph(one.crisis().lasting()
                    ? getTranslation("reach.crisis.lasting", TavlaTime.dateTime(one.crisis().startedAt(), getLocale()))
                    : getTranslation("reach.crisis.ended", TavlaTime.dateTime(one.crisis().endedAt(), getLocale())));
            when.addClassName("tavla-item-meta");
            Paragraph figures = new Paragraph(getTranslation("reach.crisis.confirmed", one.confirmed(), one.people(),
                    one.percent(), one.onPaper()));
            figures.addClassName("tavla-reach-crisis-figures");
            crisis.add(when, figures);
            if (!one.notConfirmed().isEmpty()) {
                crisis.add(new Paragraph(getTranslation("reach.crisis.not-confirmed", one.notConfirmed().size())));
                UnorderedList names = new UnorderedList();
                names.addClassName("tavla-reach-crisis-names");
                one.notConfirmed().stream().limit(CRISIS_NAMES).forEach(member -> names.add(new ListItem(
                        member.name() + " · " + member.unitName() + (member.hasWorkComputer() ? ""
                                : " · " + getTranslation("reach.crisis.no-pc")))));
                crisis.add(names);
                if (one.notConfirmed().size() > CRISIS_NAMES) {
                    crisis.add(new Paragraph(getTranslation("reach.crisis.more",
                            one.notConfirmed().size() - CRISIS_NAMES)));
                }
                if (one.crisis().lasting()) {
                    Anchor sheet = new Anchor("crisis-prints/" + one.crisis().id() + "/notice.pdf?lang="
                            + Language.of(getLocale()).tag(),
                            getTranslation("crisis.print.notice.manager"));
                    sheet.setTarget("_blank");
                    sheet.addClassNames("tavla-reach-crisis-sheet", "no-print");
                    crisis.add(new Paragraph(sheet));
                }
                crisis.add(crisisPaper(one));
            }
            box.add(crisis);
        }
        return box;
    }

    /** The signed sheet back from the staff room: whom to record as having confirmed on paper. */
    private Details crisisPaper(CrisisFollowUp.UnitConfirmations one) {
        DatePicker signedOn = Forms.translated(new DatePicker(getTranslation("reach.paper.date")));
        LocalDate today = LocalDate.ofInstant(clock.instant(), TavlaTime.ZONE);
        signedOn.setValue(today);
        signedOn.setMax(today);
        signedOn.setRequired(true);
        List<PersonReach> candidates = one.notConfirmed().stream().map(member -> new PersonReach(member.personId(),
                member.name(), member.unitId(), member.unitName(), member.hasWorkComputer(), false, null, null))
                .toList();
        TickList ticks = new TickList(getTranslation("reach.paper.who"), getTranslation("reach.filter"),
                getTranslation("reach.tick-all"), candidates, Set.of(), person -> person.name() + " – "
                + person.unitName() + (person.hasWorkComputer() ? "" : " – " + getTranslation("reach.crisis.no-pc")),
                "tavla-reach-crisis-ticks");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("crisis.paper.date", signedOn)
                .field("crisis.paper.nobody", ticks.boxes()).field("reach.not-in-audience", ticks.boxes());
        Button save = new Button(getTranslation("reach.paper.save"), e -> {
            int added;
            try {
                added = crises.recordPaper(one.crisis().id(), signedOn.getValue(), ticks.ticked());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            show(unit.getValue());
            Results.announce(getTranslation("reach.crisis.paper.saved", added));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-reach-crisis-paper-save");
        Div form = new Div(new Paragraph(getTranslation("reach.crisis.paper.help")), signedOn, ticks, save, problem);
        Details details = new Details(getTranslation("reach.crisis.paper.heading"), form);
        details.addClassNames("tavla-reach-crisis-paper", "no-print");
        return details;
    }

    /** The must-read trend, week by week: a chart drawn on the server (decision 0023) and the same as a list. */
    private Div trend(UnitReport found) {
        Div chart = new Div();
        chart.addClassName("tavla-trend");
        chart.add(no.tavla.shared.ui.Charts.percentBars(getTranslation("reach.trend.chart"),
                getTranslation("reach.trend.axis"), found.trend().stream().map(week -> new no.tavla.shared.charts
                        .BarCharts.Bar(getTranslation(week.items() == 0 ? "reach.trend.bar.none" : "reach.trend.bar",
                        TavlaTime.date(week.monday(), getLocale())), week.percent())).toList()));
        UnorderedList weeks = new UnorderedList();
        weeks.addClassName("tavla-trend-weeks");
        for (UnitReport.Week week : found.trend()) {
            String day = TavlaTime.date(week.monday(), getLocale());
            String text = week.items() == 0 ? getTranslation("reach.trend.none", day)
                    : getTranslation("reach.trend.week", day, week.percent(), week.reached(), week.audience(),
                    week.items());
            ListItem item = new ListItem(text);
            item.addClassName("tavla-trend-week");
            weeks.add(item);
        }
        chart.add(weeks);
        return chart;
    }

    private Div printing(UnitTreeEntry chosen) {
        Div box = new Div(new H2(getTranslation("reach.batch.heading")));
        box.addClassNames("tavla-section", "tavla-batch", "no-print");
        box.add(new Paragraph(getTranslation("reach.batch.help")));
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        bar.addClassName("tavla-batch-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("reach.batch.heading"));
        Paragraph status = new Paragraph();
        status.addClassName("tavla-batch-status");
        status.getElement().setAttribute("role", "status");
        Div result = new Div();
        result.addClassName("tavla-batch-result");
        Button week = new Button(getTranslation("reach.batch.week"));
        Button since = new Button(getTranslation("reach.batch.since"));
        week.addClassName("tavla-batch-week");
        since.addClassName("tavla-batch-since");
        week.addThemeVariants(ButtonVariant.PRIMARY);
        week.addClickListener(e -> print(chosen, Notices.Period.THIS_WEEK, bar, status, result, week, since));
        since.addClickListener(e -> print(chosen, Notices.Period.SINCE_LAST_PRINT, bar, status, result, week, since));
        box.add(new Div(week, since), bar, status, result);
        List<Notices.Printed> printed = notices.lastPrints(chosen.id());
        if (!printed.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-batch-log");
            printed.forEach(p -> list.add(new ListItem(getTranslation("reach.batch.printed",
                    TavlaTime.dateTime(p.printedAt(), getLocale()), p.printedBy(), p.items(),
                    TavlaTime.dateTime(p.coveredFrom(), getLocale())))));
            box.add(new Paragraph(getTranslation("reach.batch.log")), list);
        }
        return box;
    }

    private void print(UnitTreeEntry chosen, Notices.Period period, ProgressBar bar, Paragraph status, Div result,
                       Button... buttons) {
        UI ui = UI.getCurrent();
        for (Button button : buttons) {
            button.setEnabled(false);
        }
        result.removeAll();
        bar.setVisible(true);
        bar.setIndeterminate(true);
        status.setText(getTranslation("reach.batch.started"));
        String root = currentRoot();
        executor.execute(current.carriedTo(() -> {
            // translations only inside ui.access: this thread has no Vaadin service to translate with
            Refusal done;
            Notices.Batch[] made = new Notices.Batch[1];
            try {
                made[0] = notices.batch(chosen.id(), period, itemId -> root + "news/" + itemId,
                        new Notices.Progress() {
                            @Override
                            public void prepared(int count, int total) {
                                ui.access(() -> {
                                    bar.setIndeterminate(false);
                                    bar.setValue((double) count / (total + 1));
                                    status.setText(getTranslation("reach.batch.prepared", count, total));
                                });
                            }

                            @Override
                            public void rendering() {
                                ui.access(() -> status.setText(getTranslation("reach.batch.rendering")));
                            }
                        });
                done = null;
            } catch (Refusal refusal) {
                done = refusal;
            }
            Refusal problem = done;
            ui.access(() -> {
                bar.setVisible(false);
                for (Button button : buttons) {
                    button.setEnabled(true);
                }
                if (problem != null) {
                    // a refusal of the batch as a whole ("nothing new to print"): no field to put it on
                    new FieldProblems(status).show(problem);
                    return;
                }
                Notices.Batch batch = made[0];
                status.setText(getTranslation("reach.batch.done", batch.items().size()));
                byte[] pdf = batch.pdf();
                Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(pdf), getTranslation("notice.file") + "-" + chosen.code() + ".pdf",
                        "application/pdf", pdf.length)), getTranslation("reach.batch.download"));
                download.addClassName("tavla-batch-download");
                download.setTarget("_blank");
                result.add(download);
                Results.focus(download);
            });
        }));
    }

    /** The address Tavla is reached at, for the QR codes. */
    private static String currentRoot() {
        if (com.vaadin.flow.server.VaadinRequest.getCurrent()
                instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            return org.springframework.web.servlet.support.ServletUriComponentsBuilder
                    .fromContextPath(servlet.getHttpServletRequest()).path("/").toUriString();
        }
        return "/";
    }

    private Div screens(UnitTreeEntry chosen) {
        Div box = new Div(new H2(getTranslation("kiosk.heading")));
        box.addClassNames("tavla-section", "tavla-kiosks", "no-print");
        box.add(new Paragraph(getTranslation("kiosk.help")));
        String root = currentRoot();
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-kiosk-list");
        for (Kiosk kiosk : kiosks.list(chosen.id())) {
            ListItem item = new ListItem(new Span(kiosk.label() + " · " + getTranslation(kiosk.active()
                    ? "kiosk.created" : "kiosk.revoked", kiosk.createdBy(),
                    TavlaTime.dateTime(kiosk.active() ? kiosk.createdAt() : kiosk.revokedAt(), getLocale()))
                    + (kiosk.lastSeenAt() == null ? "" : " · " + getTranslation("kiosk.last-seen",
                    TavlaTime.dateTime(kiosk.lastSeenAt(), getLocale())))));
            if (kiosk.active()) {
                Button revoke = new Button(getTranslation("kiosk.revoke"), e -> {
                    kiosks.revoke(kiosk.id());
                    show(chosen);
                });
                revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                revoke.addClassName("tavla-kiosk-revoke");
                revoke.getElement().setAttribute("aria-label", getTranslation("kiosk.revoke.named", kiosk.label()));
                item.add(new Span(" "), revoke);
            }
            list.add(item);
        }
        TextField label = Forms.textField(getTranslation("kiosk.label"), "", Kiosks.MAX_LABEL);
        label.addClassName("tavla-kiosk-label");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("kiosk.label", label);
        Div made = new Div();
        made.addClassName("tavla-kiosk-made");
        Button create = new Button(getTranslation("kiosk.create"), e -> {
            try {
                String token = kiosks.create(chosen.id(), label.getValue());
                show(chosen);
                report.add(Results.focus(kioskMade(root + "kiosk/" + token)));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        create.addClassName("tavla-kiosk-create");
        box.add(list, label, create, problem, made);
        return box;
    }

    private Div kioskMade(String address) {
        Div box = new Div();
        box.addClassNames("tavla-notice", "tavla-kiosk-address");
        box.getElement().setAttribute("role", "status");
        TextField field = new TextField(getTranslation("kiosk.address"));
        field.setValue(address);
        field.setReadOnly(true);
        field.setWidthFull();
        box.add(new Paragraph(getTranslation("kiosk.address.once")), field);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reach.heading") + " – Tavla";
    }
}
