package no.tavla.notifications;

import java.util.List;

import no.tavla.access.TavlaRoles;
import no.tavla.notifications.internal.OutboxStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** For administrators: whether e-mail goes out, how much waits, and every notification that failed, with why. */
@Service
@PreAuthorize("hasRole('" + TavlaRoles.ADMIN + "')")
public class Deliveries {

    /** @param sender the From address, empty when e-mail is off */
    public record Overview(boolean emailOn, String sender, int waiting, int sent, int failed, List<Delivery> failures,
                           boolean smsOn, int smsSent, int smsCostUnits, int smsFailed) {
    }

    static final int SHOWN = 50;

    private final OutboxStore outbox;
    private final MailSetup mail;
    private final SmsSetup sms;
    private final no.tavla.organisation.People people;
    private final no.tavla.organisation.Recipients recipients;
    private final no.tavla.shared.Translations translations;

    Deliveries(OutboxStore outbox, MailSetup mail, SmsSetup sms, no.tavla.organisation.People people,
               no.tavla.organisation.Recipients recipients, no.tavla.shared.Translations translations) {
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.people = people;
        this.recipients = recipients;
        this.translations = translations;
    }

    /**
     * Sends a short test e-mail to the signed-in administrator's own address through the configured mail server, so
     * whoever sets it up sees at once whether it works.
     *
     * @return the address it went to
     */
    public String sendTest(java.util.Locale locale) {
        if (mail.sender().isEmpty()) {
            throw new no.tavla.shared.Refusal("system.mail.test.off");
        }
        long me = people.currentActor().personId().orElseThrow(() ->
                new no.tavla.shared.Refusal("system.mail.test.no-address"));
        no.tavla.organisation.Recipients.Recipient to = recipients.contacts(List.of(me)).get(me);
        if (to == null || to.email() == null) {
            throw new no.tavla.shared.Refusal("system.mail.test.no-address");
        }
        try {
            org.springframework.mail.SimpleMailMessage message = new org.springframework.mail.SimpleMailMessage();
            message.setFrom(mail.properties().sender());
            message.setTo(to.email());
            message.setSubject(translations.text("system.mail.test.subject", locale));
            message.setText(translations.text("system.mail.test.text", locale, mail.properties().baseUrl()));
            mail.sender().get().send(message);
        } catch (RuntimeException e) {
            throw new no.tavla.shared.Refusal("system.mail.test.failed", OutboxJob.reason(e));
        }
        return to.email();
    }

    public Overview overview() {
        return new Overview(mail.isOn(), mail.isOn() ? mail.properties().sender() : "",
                email(NotificationStatus.WAITING) + email(NotificationStatus.SENDING), email(NotificationStatus.SENT),
                email(NotificationStatus.FAILED), outbox.failures(SHOWN), sms.isOn(),
                outbox.count(NotificationChannel.SMS, NotificationStatus.SENT), outbox.smsCostUnits(),
                outbox.count(NotificationChannel.SMS, NotificationStatus.FAILED));
    }

    private int email(NotificationStatus status) {
        return outbox.count(NotificationChannel.EMAIL, status);
    }
}
