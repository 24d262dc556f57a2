package no.tavla.access.ui;

import no.tavla.shared.ui.PageBean;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** After sign-out: a confirmation, so a shared staff-room PC is visibly free for the next person. */
@PageBean
@Route(value = "signed-out", autoLayout = false)
@AnonymousAllowed
class SignedOutView extends Main implements HasDynamicTitle {

    SignedOutView() {
        addClassNames("tavla-page", "tavla-standalone");
        Anchor signIn = new Anchor("oauth2/authorization/tavla", getTranslation("signed-out.sign-in"));
        signIn.setRouterIgnore(true);
        signIn.addClassName("tavla-button-link");
        add(new H1(getTranslation("signed-out.heading")),
                new Paragraph(getTranslation("signed-out.text")),
                new Paragraph(signIn));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signed-out.heading") + " – Tavla";
    }
}
