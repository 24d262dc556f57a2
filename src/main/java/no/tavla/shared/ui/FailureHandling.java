package no.tavla.shared.ui;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.tavla.shared.DatabaseOutage;
import no.tavla.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails after the page is open: a short message in their language on the page
 * they are on, which stays as it was (what they typed is still there). A database out of reach is said plainly and
 * logged in one line; anything else gets a reference that IT finds in the log with the stack trace. A session that
 * ended (signed out elsewhere, deactivated, too old) reloads the page without Vaadin's English notice, which leads
 * to the sign-in.
 */
@Component
class FailureHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FailureHandling.class);
    static final int SHOWN_MILLIS = 10_000;

    private final Translations translations;

    FailureHandling(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::failed));
    }

    private CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setInternalErrorCaption(translations.text("error.internal.heading", locale));
        messages.setInternalErrorMessage(translations.text("error.action.text", locale));
        messages.setCookiesDisabledCaption(translations.text("error.cookies.heading", locale));
        messages.setCookiesDisabledMessage(translations.text("error.cookies.text", locale));
        return messages;
    }

    void failed(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.forLanguageTag("nb") : ui.getLocale();
        if (browserWentAway(failure)) {
            // the tab was closed or the network went while the answer was written: nobody to tell, nothing broken
            log.debug("A browser went away before its answer was written: {}", firstLine(failure));
            return;
        }
        String text;
        if (DatabaseOutage.causes(failure)) {
            log.warn("The database cannot be reached: {}", firstLine(failure));
            text = translations.text("error.database.text", locale);
        } else if (failure instanceof org.springframework.security.access.AccessDeniedException) {
            log.info("Refused an action: {}", failure.getMessage());
            text = translations.text("error.action.denied", locale);
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Error {} while handling an action", reference, failure);
            text = translations.text("error.action.text", locale) + " "
                    + translations.text("error.internal.reference", locale, reference);
        }
        if (ui != null) {
            Notification notification = new Notification(text, SHOWN_MILLIS, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.ERROR);
            notification.addClassName("tavla-failure");
            notification.open();
        }
    }

    /** Tomcat's word for a browser that closed the connection, anywhere in the causes. */
    static boolean browserWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
