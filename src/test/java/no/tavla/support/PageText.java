package no.tavla.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** All the text a person sees on the current page, for assertions in view tests. */
public final class PageText {

    private PageText() {
    }

    public static String of(UI ui) {
        return of((Component) ui);
    }

    /** The text of one part of the page (a popover, a dialog). */
    public static String of(Component part) {
        StringBuilder text = new StringBuilder();
        collect(part, text);
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static void collect(Component component, StringBuilder text) {
        String own = component.getElement().getText();
        if (own != null && !own.isBlank()) {
            text.append(own).append(' ');
        }
        String html = component.getElement().getProperty("innerHTML");
        if (html != null) {
            text.append(org.jsoup.Jsoup.parse(html).text()).append(' ');
        }
        // a field's error message is shown under it while it is invalid
        if (component instanceof com.vaadin.flow.component.HasValidation field && field.isInvalid()
                && field.getErrorMessage() != null) {
            text.append(field.getErrorMessage()).append(' ');
        }
        component.getChildren().forEach(child -> collect(child, text));
    }
}
