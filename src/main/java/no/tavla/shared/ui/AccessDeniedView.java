package no.tavla.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the signed-in person may not open: a 403 that says so and who to ask. */
@PageBean
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        super("error.denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
