package no.tavla.news.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.news.writing.Announcements;
import no.tavla.news.Breach;
import no.tavla.news.PlannedRelease;
import no.tavla.news.writing.PublishingSettings;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import org.springframework.security.access.AccessDeniedException;

/**
 * Communications' planning: the internal and external releases of the coming four weeks by day, crowded mornings
 * flagged; breaches of internal first per unit; and the lead time.
 */
@PageBean
@Route("planning")
@RolesAllowed({"COMMUNICATIONS", "ADMIN"})
@Menu(order = 6, title = "nav.planning", icon = "vaadin:calendar-clock")
class PlanningView extends Main implements HasDynamicTitle {

    PlanningView(Announcements announcements, PublishingSettings settings, Clock clock,
                 no.tavla.news.writing.WordLists words) {
        addClassNames("tavla-page", "tavla-planning");
        com.vaadin.flow.component.html.Anchor calendar = new com.vaadin.flow.component.html.Anchor("calendar",
                getTranslation("planning.calendar"));
        calendar.getElement().setAttribute("router-link", true);
        calendar.addClassName("tavla-planning-calendar");
        add(new H1(getTranslation("planning.heading")), new Paragraph(calendar));
        List<PlannedRelease> releases = announcements.planning(clock.instant().plus(Duration.ofDays(28)));
        Div timeline = new Div(new H2(getTranslation("planning.timeline")));
        timeline.addClassName("tavla-section");
        if (releases.isEmpty()) {
            timeline.add(new Paragraph(getTranslation("planning.none")));
        }
        Map<LocalDate, List<PlannedRelease>> byDay = new LinkedHashMap<>();
        releases.forEach(r -> byDay.computeIfAbsent(r.at().atZone(TavlaTime.ZONE).toLocalDate(),
                d -> new java.util.ArrayList<>()).add(r));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        byDay.forEach((date, list) -> {
            timeline.add(new H3(date.format(day)));
            UnorderedList items = new UnorderedList();
            items.addClassName("tavla-planning-day");
            for (PlannedRelease release : list) {
                RouterLink link = new RouterLink(release.title(), WriteView.class,
                        new RouteParameters("id", String.valueOf(release.itemId())));
                Span facts = new Span(" · " + TavlaTime.dateTime(release.at(), getLocale()) + " · "
                        + getTranslation(release.external() ? "planning.external" : "planning.internal") + " · "
                        + (release.wholeMunicipality() ? getTranslation("news.audience.whole") : release.unitName()));
                ListItem item = new ListItem(link, facts);
                if (release.crowded()) {
                    Span crowded = new Span(getTranslation("planning.crowded"));
                    crowded.addClassNames("tavla-badge", "tavla-badge-crowded");
                    item.add(new Span(" "), crowded);
                }
                items.add(item);
            }
            timeline.add(items);
        });

        Div breaches = new Div(new H2(getTranslation("planning.breaches")));
        breaches.addClassName("tavla-section");
        List<Breach> found = announcements.breaches(clock.instant().minus(Duration.ofDays(90)));
        if (found.isEmpty()) {
            breaches.add(new Paragraph(getTranslation("planning.breaches.none")));
        } else {
            UnorderedList list = new UnorderedList();
            found.forEach(b -> list.add(new ListItem(getTranslation("planning.breach", b.unitName(), b.items()))));
            breaches.add(list);
        }

        IntegerField lead = new IntegerField(getTranslation("planning.lead-time"));
        lead.setValue((int) settings.leadTime().toMinutes());
        lead.setMin(0);
        lead.setMax((int) PublishingSettings.MAX_LEAD_TIME.toMinutes());
        lead.setHelperText(getTranslation("planning.lead-time.help"));
        lead.addClassName("tavla-lead-time");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("publishing.lead-time", lead);
        Button save = new Button(getTranslation("person.save"), e -> {
            try {
                settings.setLeadTime(Duration.ofMinutes(lead.getValue() == null ? -1 : lead.getValue()));
                problems.say(getTranslation("person.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            } catch (AccessDeniedException denied) {
                problems.say(getTranslation("planning.lead-time.only-admin"));
            }
        });
        save.addClassName("tavla-lead-time-save");
        Div rules = new Div(new H2(getTranslation("planning.rules")), lead, save, problem, checklist(settings),
                wordList(words));
        rules.addClassName("tavla-section");
        add(timeline, breaches, clearLanguage(announcements), rules);
    }

    /** The checklist writers see before an item is first sent: on or off, and its questions (issue 17). */
    private Div checklist(PublishingSettings settings) {
        PublishingSettings.Checklist now = settings.checklist(i -> getTranslation("checklist.default." + i));
        com.vaadin.flow.component.checkbox.Checkbox on = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("planning.checklist.on"), now.on());
        on.addClassName("tavla-checklist-on");
        com.vaadin.flow.component.textfield.TextArea questions = Forms.textArea(
                getTranslation("planning.checklist.questions"), String.join("\n", now.questions()),
                PublishingSettings.CHECKLIST_ENTRIES * (PublishingSettings.CHECKLIST_TEXT + 1));
        questions.setHelperText(getTranslation("planning.checklist.questions.help",
                PublishingSettings.CHECKLIST_ENTRIES));
        questions.addClassName("tavla-checklist-questions");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("publishing.checklist", questions);
        Button save = new Button(getTranslation("planning.checklist.save"), e -> {
            try {
                settings.setChecklist(on.getValue(), List.of(questions.getValue().split("\n")),
                        i -> getTranslation("checklist.default." + i));
                problems.say(getTranslation("planning.checklist.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addClassName("tavla-checklist-save");
        Div box = new Div(new com.vaadin.flow.component.html.H3(getTranslation("planning.checklist")), on, questions,
                save, problem);
        box.addClassName("tavla-planning-checklist");
        return box;
    }

    /** The word list the writing hints offer plainer words from, per language (issue 17). */
    private Div wordList(no.tavla.news.writing.WordLists words) {
        com.vaadin.flow.component.select.Select<String> language = new com.vaadin.flow.component.select.Select<>();
        language.setLabel(getTranslation("planning.words.language"));
        language.setItems(no.tavla.news.writing.WritingHints.LANGUAGES);
        language.setItemLabelGenerator(tag -> getTranslation("planning.words.language." + tag));
        // opens on the page's language when it has a list of its own, else Bokmål's
        String first = no.tavla.news.writing.WritingHints.listLanguage(Language.of(getLocale()).tag());
        language.setValue(first);
        language.addClassName("tavla-words-language");
        com.vaadin.flow.component.textfield.TextArea list = Forms.textArea(getTranslation("planning.words.list"),
                words.text(first), 100_000);
        list.setHelperText(getTranslation("planning.words.list.help"));
        list.addClassName("tavla-words-list");
        // the words are in the list's language, whatever the page's (WCAG 3.1.2)
        list.getElement().setAttribute("lang", first);
        language.addValueChangeListener(e -> {
            list.setValue(words.text(e.getValue()));
            list.getElement().setAttribute("lang", e.getValue());
        });
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("words", list);
        Button save = new Button(getTranslation("planning.words.save"), e -> {
            try {
                words.save(language.getValue(), list.getValue());
                list.setValue(words.text(language.getValue()));
                problems.say(getTranslation("planning.words.saved"));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        save.addClassName("tavla-words-save");
        Div box = new Div(new com.vaadin.flow.component.html.H3(getTranslation("planning.words")), language, list,
                save, problem);
        box.addClassName("tavla-planning-words");
        return box;
    }

    /** Clear language in what went out, week by week: numbers only, no writer and no item (issue 17). */
    private Div clearLanguage(Announcements announcements) {
        String caption = getTranslation("planning.clear-language");
        com.vaadin.flow.component.html.NativeTable table = new com.vaadin.flow.component.html.NativeTable();
        table.addClassNames("tavla-reach-table", "tavla-planning-clear-language");
        table.setCaptionText(caption);
        com.vaadin.flow.component.html.NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("planning.clear-language.week", "planning.clear-language.items",
                "planning.clear-language.lix", "planning.clear-language.over", "planning.clear-language.long",
                "planning.clear-language.words", "planning.clear-language.access")) {
            no.tavla.shared.ui.Tables.columnHeader(head, getTranslation(key));
        }
        for (Announcements.ClearLanguageWeek week : announcements.clearLanguage(12).reversed()) {
            com.vaadin.flow.component.html.NativeTableRow row = table.getBody().addRow();
            no.tavla.shared.ui.Tables.rowHeader(row, TavlaTime.date(week.monday(), getLocale()));
            for (Object value : new Object[] {week.items(), week.medianLix() == null ? "–" : week.medianLix(),
                    week.overTarget(), week.longSentences(), week.plainerWords(), week.accessibility()}) {
                row.addDataCell().setText(String.valueOf(value));
            }
        }
        Div box = new Div(new H2(caption), new Paragraph(getTranslation("planning.clear-language.help")),
                no.tavla.shared.ui.Tables.scrolling(table, caption));
        box.addClassName("tavla-section");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.heading") + " – Tavla";
    }
}
