package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;

/**
 * Where keyboard focus goes after an action: to what the action produced ("Du har bekreftet …", the write page's
 * status line), so a keyboard user carries on from there and a screen reader reads it out, never to the top of the
 * page when the page is built anew (WCAG 2.4.3). Every view that rebuilds itself after an action uses this.
 */
public final class Results {

    private Results() {
    }

    /** Moves focus to the result once the browser has it; a text that is not focusable is made so, for this. */
    public static <C extends Component> C focus(C result) {
        if (result instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            boolean link = "a".equals(result.getElement().getTag()) && result.getElement().hasAttribute("href");
            if (!link && !result.getElement().hasAttribute("tabindex")) {
                result.getElement().setAttribute("tabindex", "-1");
            }
            result.getElement().executeJs("this.focus()");
        }
        return result;
    }
}
