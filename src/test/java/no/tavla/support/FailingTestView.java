package no.tavla.support;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A route that breaks while opening, to prove that the error page shows no stack trace. Tests only. */
@Route("test-failure")
@PermitAll
public class FailingTestView extends Main {

    public FailingTestView() {
        throw new IllegalStateException("Deliberate failure with secret detail: jdbc:mariadb://db/tavla");
    }
}
