package no.tavla.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first page carries the page's first state (eager server load: so a missing page answers 404) as JSON inside an
 * inline script, and Vaadin 25.2 writes it unescaped: a title containing {@code </script>} would end the script and
 * the rest of the text would run as HTML. Every {@code <} in that JSON is written as {@code \u003c} instead, which is
 * the same string to JavaScript and nothing to the HTML parser. Found by NewsBrowserIT's XSS vectors.
 */
@Component
class InitialPageEscaping implements VaadinServiceInitListener {

    static final String INITIAL_STATE = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            for (Element script : response.getDocument().select("script")) {
                for (DataNode data : script.dataNodes()) {
                    String code = data.getWholeData();
                    if (code.contains(INITIAL_STATE)) {
                        data.setWholeData(escaped(code));
                    }
                }
            }
        });
    }

    /** The script with no {@code <} left: inside its JSON strings each becomes the escape for the same letter. */
    static String escaped(String code) {
        return code.replace("<", "\\u003c");
    }
}
