package no.tavla.shared.ui;

import com.vaadin.flow.component.html.Div;
import no.tavla.shared.SafeMarkdown;

/** Shows Markdown written by users, rendered on the server by {@link SafeMarkdown}. */
public class MarkdownView extends Div {

    public MarkdownView(String markdown) {
        addClassName("tavla-prose");
        setMarkdown(markdown);
    }

    public void setMarkdown(String markdown) {
        getElement().setProperty("innerHTML", SafeMarkdown.toHtml(markdown));
    }
}
