package no.tavla.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: a plain 404 with the way home. */
@PageBean
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("error.not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show();
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
