package no.tavla.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import no.tavla.notifications.FailureReason;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What could not be sent, on the administrators' system page: why, in the administrator's language, with the mail
 * server's or the SMS gateway's own words after it; never the English of the code that noticed it.
 */
class SystemFailuresViewIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheFailures() {
        jdbc.update("DELETE FROM notification_outbox WHERE last_error LIKE '%test-failure-view%'");
    }

    private void failed(String kind, String reason) {
        jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " claimed_at, last_error, created_at) SELECT p.id, (SELECT MAX(id) FROM news_item), 'SMS', ?,"
                + " 'FAILED', 3, NOW(6), NOW(6), ?, NOW(6) FROM person p WHERE p.employee_number = '10001'",
                kind, reason);
    }

    @Test
    void theReasonsAreSaidInTheAdministratorsLanguageWithTheOtherSidesWords() {
        failed("CORRECTED", FailureReason.SMS_REFUSED.with("400: test-failure-view invalid destination"));
        failed("REMINDER", FailureReason.SMS_UNREACHABLE.with("Connection refused test-failure-view"));
        failed("DIGEST", "an older reason test-failure-view");
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "ADMIN");
        UI.getCurrent().navigate("system");
        String bokmaal = PageText.of(_get(UnorderedList.class, spec -> spec.withClasses("tavla-mail-failures")));
        assertThat(bokmaal).contains("SMS-tjenesten tok ikke imot meldingen: 400: test-failure-view invalid destination")
                .contains("Fikk ikke kontakt med SMS-tjenesten: Connection refused test-failure-view")
                .as("a row from before the codes, as it was written").contains("an older reason test-failure-view")
                .doesNotContain("[sms-");

        UI.getCurrent().setLocale(no.tavla.shared.Language.SWEDISH.locale());
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("system");
        assertThat(PageText.of(_get(UnorderedList.class, spec -> spec.withClasses("tavla-mail-failures"))))
                .contains("Sms-tjänsten tog inte emot meddelandet: 400: test-failure-view invalid destination");
    }
}
