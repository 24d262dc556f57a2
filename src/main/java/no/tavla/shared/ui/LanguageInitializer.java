package no.tavla.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.tavla.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Puts every new page in the chosen language, and sets {@code <html lang>} so screen readers pronounce it right.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final LanguageSelection selection;

    LanguageInitializer(LanguageSelection selection) {
        this.selection = selection;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = selection.resolve(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", language.tag());
        });
        event.getSource().addUIInitListener(uiEvent -> {
            Language language = selection.resolve(VaadinRequest.getCurrent());
            uiEvent.getUI().getSession().setLocale(language.locale());
            uiEvent.getUI().setLocale(language.locale());
            connectionTexts(uiEvent.getUI());
        });
    }

    /** What Vaadin's connection indicator says when the server is gone and back, in the page's language. */
    private static void connectionTexts(UI ui) {
        String reconnecting = ui.getTranslation("shell.connection.reconnecting");
        String offline = ui.getTranslation("shell.connection.offline");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(offline);
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1;"
                + " indicator.reconnectingText = $2; }", ui.getTranslation("shell.connection.online"), offline,
                reconnecting);
    }
}
