package no.tavla.news.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.news.writing.PublishingSettings;

/**
 * The checklist before an item is first sent (issue 17, Lørenskog's "Nyttige tips"): a few questions the writer ticks
 * for themselves beside the send buttons. Help, not a gate: nothing waits for the ticks, and once the item has gone to
 * communications or out it is not shown again.
 */
class ChecklistPanel extends Details {

    private final transient PublishingSettings settings;
    private final Div questions = new Div();

    ChecklistPanel(PublishingSettings settings) {
        this.settings = settings;
        addClassName("tavla-news-checklist");
        setSummaryText(getTranslation("checklist.heading"));
        questions.addClassName("tavla-news-checklist-questions");
        add(new Paragraph(getTranslation("checklist.help")), questions);
        setOpened(true);
    }

    /** Shown, with its questions unticked, for an item not yet sent; hidden for the rest or when switched off. */
    void show(boolean notYetSent) {
        PublishingSettings.Checklist checklist = settings.checklist(i -> getTranslation("checklist.default." + i));
        setVisible(notYetSent && checklist.on());
        questions.removeAll();
        for (String question : checklist.questions()) {
            Checkbox tick = new Checkbox(question);
            tick.addClassName("tavla-news-checklist-question");
            questions.add(new Div(tick));
        }
    }
}
