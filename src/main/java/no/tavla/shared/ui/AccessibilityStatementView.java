package no.tavla.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

    AccessibilityStatementView(MunicipalityProperties municipality) {
        addClassName("tavla-page");
        add(new H1(getTranslation("a11y.heading")),
                new Paragraph(getTranslation("a11y.intro", municipality.name())),
                new H2(getTranslation("a11y.standard.heading")),
                new Paragraph(getTranslation("a11y.standard.text")),
                new H2(getTranslation("a11y.testing.heading")),
                new Paragraph(getTranslation("a11y.testing.text")),
                new H2(getTranslation("a11y.limitations.heading")),
                new Paragraph(getTranslation("a11y.limitations.text")),
                new H2(getTranslation("a11y.feedback.heading")),
                new Paragraph(getTranslation("a11y.feedback.text", municipality.name())));
        Anchor authority = new Anchor("https://www.uutilsynet.no/", getTranslation("a11y.authority.link"));
        add(new Paragraph(authority));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Tavla";
    }
}
