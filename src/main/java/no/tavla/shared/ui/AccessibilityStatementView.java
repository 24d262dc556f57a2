package no.tavla.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.tavla.shared.MunicipalityProperties;

/**
 * The accessibility statement (tilgjengelighetserklæring) that Norwegian law asks of every public-sector web solution,
 * intranets included. Open to everyone, also before sign-in.
 */
@PageBean
@Route("accessibility")
@AnonymousAllowed
@Menu(order = 90, title = "nav.accessibility", icon = "vaadin:info-circle")
class AccessibilityStatementView extends Main implements HasDynamicTitle {

    /** The day the statement was last checked against the accessibility suite and by hand. */
    static final LocalDate CHECKED = LocalDate.of(2026, 12, 2);
    /** What does not comply yet (keys a11y.breach.N), as the suite in AccessibilityBrowserIT cannot yet show. */
    static final int BREACHES = 1;

    AccessibilityStatementView(MunicipalityProperties municipality) {
        addClassName("tavla-page");
        add(new H1(getTranslation("a11y.heading")),
                new Paragraph(getTranslation("a11y.intro", municipality.name())),
                new H2(getTranslation("a11y.standard.heading")),
                new Paragraph(getTranslation("a11y.standard.text")),
                new H2(getTranslation("a11y.limitations.heading")),
                new Paragraph(getTranslation("a11y.limitations.text")));
        UnorderedList breaches = new UnorderedList();
        breaches.addClassName("tavla-a11y-breaches");
        for (int i = 1; i <= BREACHES; i++) {
            breaches.add(new ListItem(getTranslation("a11y.breach." + i)));
        }
        add(breaches, new Paragraph(getTranslation("a11y.limitations.content")),
                new H2(getTranslation("a11y.testing.heading")),
                new Paragraph(getTranslation("a11y.testing.text", CHECKED.format(DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())))),
                new H2(getTranslation("a11y.feedback.heading")),
                new Paragraph(municipality.accessibilityContact().isEmpty()
                        ? getTranslation("a11y.feedback.text", municipality.name())
                        : getTranslation("a11y.feedback.contact", municipality.accessibilityContact())),
                new H2(getTranslation("a11y.complaint.heading")),
                new Paragraph(getTranslation("a11y.complaint.text")));
        Anchor authority = new Anchor("https://www.uutilsynet.no/", getTranslation("a11y.authority.link"));
        add(new Paragraph(authority));
        if (!municipality.accessibilityStatementUrl().isEmpty()) {
            Anchor published = new Anchor(municipality.accessibilityStatementUrl(),
                    getTranslation("a11y.published.link", municipality.name()));
            published.addClassName("tavla-a11y-published");
            add(new Paragraph(published));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Tavla";
    }
}
