package no.tavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Where keyboard focus goes after an action: to what the action produced ("Du har bekreftet …", the write page's
 * status line), so a keyboard user carries on from there and a screen reader reads it out, never to the top of the
 * page when the page is built anew (WCAG 2.4.3; decision 0017). Every view that rebuilds itself after an action uses this. What
 * happens without the person moving (an item pushed to the open feed) is {@link #announce announced} in the page's
 * polite live region instead, which exists from the page's first answer so that screen readers hear it change.
 */
public final class Results {

    private Results() {
    }

    /** The page's live region, made once by the shell: read out by screen readers when its text changes, not shown. */
    static Paragraph announcer(UI ui) {
        Paragraph region = new Paragraph();
        region.getElement().setAttribute("role", "status");
        region.addClassNames("tavla-announcer", "tavla-visually-hidden");
        ComponentUtil.setData(ui, Announcer.class, new Announcer(region));
        return region;
    }

    /**
     * Says the text in the page's live region, politely (after what the screen reader is reading); the same text said
     * twice is read twice. A page outside the shell (a staff-room screen) has no region, and nothing is said.
     */
    public static void announce(String text) {
        UI ui = UI.getCurrent();
        Announcer announcer = ui == null ? null : ComponentUtil.getData(ui, Announcer.class);
        if (announcer != null) {
            String said = announcer.region().getText();
            // a text equal to the last is no change to the page: a no-break space at the end makes it one
            announcer.region().setText(text.equals(said) ? text + "\u00a0" : text);
        }
    }

    private record Announcer(Paragraph region) implements java.io.Serializable {
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
