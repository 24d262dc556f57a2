package no.tavla.shared.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything that went wrong while opening a page: a calm message and a reference that IT can find in the log. The
 * stack trace goes to the log only, never to the browser. Deliberately without the shell, which might be what failed.
 */
@PageBean
@AnonymousAllowed
class InternalErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    InternalErrorView() {
        addClassName("tavla-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (no.tavla.shared.DatabaseOutage.causes(parameter.getCaughtException())) {
            // nothing is wrong with the page: the database is out of reach, which IT sees on the health check
            log.warn("The database cannot be reached while opening /{}", event.getLocation().getPath());
            Anchor again = new Anchor(event.getLocation().getPathWithQueryParameters(),
                    getTranslation("error.database.again"));
            again.setRouterIgnore(true);
            add(new H1(getTranslation("error.database.heading")), new Paragraph(getTranslation("error.database.page")),
                    new Paragraph(again));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setRouterIgnore(true);
        add(new H1(getTranslation("error.internal.heading")),
                new Paragraph(getTranslation("error.internal.text")),
                new Paragraph(getTranslation("error.internal.reference", reference)),
                new Paragraph(home));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.heading") + " – Tavla";
    }
}
