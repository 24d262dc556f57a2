package no.tavla.support;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page with a field, to prove that a failure after the page is open leaves what was typed. Tests only. */
@Route("test-outage")
@PermitAll
public class OutageTestView extends Main {

    public OutageTestView() {
        TextField text = new TextField("Tekst");
        text.addClassName("tavla-test-text");
        add(text);
    }

    /** A page that cannot open because the database is out of reach. */
    @Route("test-outage-open")
    @PermitAll
    public static class Opening extends Main {

        public Opening() {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("tavla - Connection is not available"));
        }
    }
}
