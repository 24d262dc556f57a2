package no.tavla.access.ui;

import java.util.Set;

import no.tavla.shared.ui.PageBean;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a sign-in that failed, was cancelled or could not reach the identity provider lands: what happened, and retry. */
@PageBean
@Route(value = "sign-in-failed", autoLayout = false)
@AnonymousAllowed
class SignInFailedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> REASONS = Set.of("cancelled", "unavailable", "inactive", "failed");

    SignInFailedView() {
        addClassNames("tavla-page", "tavla-standalone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason")
                .filter(REASONS::contains)
                .orElse("failed");
        removeAll();
        Anchor retry = new Anchor("oauth2/authorization/tavla", getTranslation("sign-in.retry"));
        retry.setRouterIgnore(true);
        retry.addClassName("tavla-button-link");
        add(new H1(getTranslation("sign-in.failed.heading")),
                new Paragraph(getTranslation("sign-in.failed." + reason)),
                new Paragraph(retry));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.failed.heading") + " – Tavla";
    }
}
