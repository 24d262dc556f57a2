package no.tavla.notifications;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import no.tavla.shared.ConfigurationProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether Tavla sends e-mail: when a mail server is configured ({@code SPRING_MAIL_HOST}, or the local profile's own).
 * Then the sender, the address links point to and the signing key must be set too, or Tavla does not start.
 */
@Component
public class MailSetup {

    private final Optional<JavaMailSender> sender;
    private final NotificationProperties properties;

    MailSetup(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.properties = properties;
        if (this.sender.isPresent()) {
            check(properties);
            no.tavla.notifications.mail.MailStreams.named();
        }
    }

    static void check(NotificationProperties properties) {
        checkBaseUrl(properties);
        try {
            new InternetAddress(properties.sender(), true);
        } catch (AddressException e) {
            throw new ConfigurationProblem("TAVLA_MAIL_FROM", "is not set, or not an e-mail address",
                    "Set TAVLA_MAIL_FROM to the sender of Tavla's e-mails, e.g. \"Tavla <tavla@kommune.no>\".");
        }
        if (properties.signingKey().length() < 32) {
            throw new ConfigurationProblem("TAVLA_NOTIFICATIONS_SIGNING_KEY", "is not set, or shorter than 32 characters",
                    "Set TAVLA_NOTIFICATIONS_SIGNING_KEY to a random secret of 32 characters or more (e.g. openssl"
                            + " rand -base64 33); it signs the unsubscribe links in e-mails.");
        }
    }

    /** The links in e-mails and SMS need the address staff open Tavla at. */
    static void checkBaseUrl(NotificationProperties properties) {
        if (!properties.baseUrl().matches("https?://[^/\\s]+(/\\S*)?")) {
            throw new ConfigurationProblem("TAVLA_BASE_URL", "is not set, or not an http(s) address",
                    "Set TAVLA_BASE_URL to the address staff open Tavla at, e.g. https://tavla.kommune.no; the links"
                            + " in e-mails and SMS point there.");
        }
    }

    /** Whether e-mail is sent at all. */
    public boolean isOn() {
        return sender.isPresent();
    }

    Optional<JavaMailSender> sender() {
        return sender;
    }

    NotificationProperties properties() {
        return properties;
    }

    /**
     * A message from Tavla to the person: the sender, their name and address, the subject, the text as HTML and plain,
     * the logo carried inline, and {@code Auto-Submitted} (no out-of-office answers).
     */
    jakarta.mail.internet.MimeMessage message(no.tavla.organisation.Recipients.Recipient to,
                                              no.tavla.notifications.mail.ItemMail.Rendered rendered,
                                              Optional<no.tavla.notifications.mail.MailLogo.Image> logo)
            throws jakarta.mail.MessagingException {
        jakarta.mail.internet.MimeMessage message = sender.orElseThrow().createMimeMessage();
        org.springframework.mail.javamail.MimeMessageHelper helper = new org.springframework.mail.javamail
                .MimeMessageHelper(message, org.springframework.mail.javamail.MimeMessageHelper
                .MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(new InternetAddress(properties.sender(), true));
        try {
            helper.setTo(new InternetAddress(to.email(), to.name(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            helper.setTo(to.email());
        }
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        if (logo.isPresent()) {
            helper.addInline(no.tavla.notifications.mail.MailLogo.CONTENT_ID,
                    new org.springframework.core.io.ByteArrayResource(logo.get().bytes()), logo.get().type());
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
