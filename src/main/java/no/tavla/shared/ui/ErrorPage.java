package no.tavla.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that explains, in the person's language, why the page they asked for is not shown, and leads home. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final String key;

    /** @param key the texts' prefix: {@code <key>.heading} and {@code <key>.text} */
    ErrorPage(String key) {
        this.key = key;
        addClassName("tavla-page");
    }

    /** Fills the page; called when the error is shown, once the locale is known. */
    void show() {
        removeAll();
        add(new H1(getTranslation(key + ".heading")),
                new Paragraph(getTranslation(key + ".text")),
                new Paragraph(MainLayout.homeLink(getTranslation("error.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(key + ".heading") + " – Tavla";
    }
}
