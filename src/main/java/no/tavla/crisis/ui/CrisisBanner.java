package no.tavla.crisis.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.tavla.crisis.Crises;
import no.tavla.crisis.CrisisNotice;
import no.tavla.crisis.CrisisPages;
import no.tavla.shared.TavlaTime;

/**
 * The banner above every page of everyone in a crisis's scope while it lasts: the crisis, its latest word and a link
 * to the crisis page. It cannot be dismissed; it comes, changes and goes by push. A drill says ØVELSE.
 */
class CrisisBanner extends Div {

    private final transient Crises crises;
    private final Div text = new Div();

    CrisisBanner(Crises crises, CrisisPages pages) {
        this.crises = crises;
        addClassName("tavla-crisis-banner");
        getElement().setAttribute("role", "region");
        // what changes while the page is open is said at once (WCAG 4.1.3)
        text.getElement().setAttribute("aria-live", "assertive");
        add(text);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            Optional<CrisisNotice> now = crises.noticeForMe();
            show(now);
            pages.follow(notice -> ui.access(() -> show(notice))).map(followed -> followed.showing(now))
                    .ifPresent(followed -> addDetachListener(detach -> {
                        detach.unregisterListener();
                        followed.cancel();
                    }));
        });
    }

    private void show(Optional<CrisisNotice> notice) {
        text.removeAll();
        setVisible(notice.isPresent());
        if (notice.isEmpty()) {
            return;
        }
        CrisisNotice shown = notice.get();
        boolean drill = shown.crisis().drill();
        setClassName("tavla-crisis-drill", drill);
        String label = getTranslation(drill ? "crisis.banner.drill" : "crisis.banner.label");
        getElement().setAttribute("aria-label", label);
        Span heading = new Span(label + ": " + shown.crisis().title());
        heading.addClassName("tavla-crisis-banner-title");
        Paragraph latest = new Paragraph(shown.latestText());
        latest.addClassName("tavla-crisis-banner-latest");
        Span when = new Span(getTranslation("crisis.banner.when", TavlaTime.dateTime(shown.latest() == null
                ? shown.crisis().startedAt() : shown.latest().postedAt(), getLocale())));
        when.addClassName("tavla-crisis-banner-when");
        Anchor more = new Anchor("crisis/" + shown.crisis().id(), getTranslation("crisis.banner.more"));
        more.addClassName("tavla-crisis-banner-link");
        text.add(heading, latest, when, more);
    }
}
