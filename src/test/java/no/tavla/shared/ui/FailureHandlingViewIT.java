package no.tavla.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** What a person sees when the database is out of reach, on an open page and when opening one. */
class FailureHandlingViewIT extends KaribuViewTest {

    private static CannotGetJdbcConnectionException outage() {
        return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new java.sql.SQLTransientConnectionException("tavla - Connection is not available"));
    }

    @Test
    void aDatabaseOutageOnAnOpenPageIsSaidPlainlyAndWhatWasTypedStays() {
        signInAsEmployee();
        UI.getCurrent().navigate("test-outage");
        TextField text = _get(TextField.class, spec -> spec.withClasses("tavla-test-text"));
        text.setValue("Det jeg skrev før databasen falt ut");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(outage()));
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t.startsWith("Tavla får ikke kontakt med databasen akkurat nå"));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-test-text")).getValue())
                .isEqualTo("Det jeg skrev før databasen falt ut");
    }

    @Test
    void anyOtherFailureGivesAReferenceAndNoStackTrace() {
        signInAsEmployee();
        UI.getCurrent().navigate("test-outage");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("secret detail: jdbc:mariadb://db/tavla")));
        Notification shown = getNotifications().getLast();
        assertThat(shown.getElement().getProperty("text")).contains("Feilreferanse:").doesNotContain("secret detail");
    }

    @Test
    void aBrowserThatWentAwayMidAnswerIsNeitherToldNorLoggedAsAnError() {
        signInAsEmployee();
        UI.getCurrent().navigate("test-outage");
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(FailureHandling.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        int before = getNotifications().size();
        try {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                    new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe"))));
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(getNotifications()).hasSize(before);
        assertThat(logged.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO));
    }

    @Test
    void aPageThatCannotReachTheDatabaseSaysSoAndOffersToTryAgain() {
        signInAsEmployee();
        UI.getCurrent().navigate("test-outage-open");
        assertThat(PageText.of(UI.getCurrent())).contains("Tavla er utilgjengelig akkurat nå", "Prøv igjen")
                .doesNotContain("Noe gikk galt").doesNotContain("Connection is not available");
    }
}
