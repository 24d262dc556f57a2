package no.tavla.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Tavla sends notifications. The mail server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}
 * and so on, README "E-mail"); without one, nothing is sent by e-mail.
 *
 * @param baseUrl    the address staff open Tavla at, for the links in e-mails ({@code TAVLA_BASE_URL})
 * @param sender     the From address, e.g. {@code Tavla <tavla@kommune.no>} ({@code TAVLA_MAIL_FROM})
 * @param signingKey the secret that signs the unsubscribe links ({@code TAVLA_NOTIFICATIONS_SIGNING_KEY}, 32+ chars)
 * @param attempts   how many times a notification is tried before administrators are told it failed
 * @param firstRetry the wait before the second try; it doubles with each try after that
 * @param connections how many batches a run sends at once, each over its own SMTP connection (and its own SMS
 *                    requests); the relay's limit on connections per client is the ceiling
 *                    ({@code TAVLA_NOTIFICATIONS_CONNECTIONS}, default 2)
 */
@ConfigurationProperties("tavla.notifications")
public record NotificationProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String sender,
        @DefaultValue("") String signingKey,
        @DefaultValue("6") int attempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("2") int connections) {

    public NotificationProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        sender = sender == null ? "" : sender.strip();
        signingKey = signingKey == null ? "" : signingKey.strip();
        if (attempts < 1) {
            attempts = 1;
        }
        if (connections < 1) {
            connections = 1;
        }
        if (firstRetry == null || firstRetry.isNegative()) {
            firstRetry = Duration.ofMinutes(1);
        }
    }
}
