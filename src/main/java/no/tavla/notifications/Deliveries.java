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
    public record Overview(boolean emailOn, String sender, int waiting, int sent, int failed, List<Delivery> failures) {
    }

    static final int SHOWN = 50;

    private final OutboxStore outbox;
    private final MailSetup mail;

    Deliveries(OutboxStore outbox, MailSetup mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    public Overview overview() {
        return new Overview(mail.isOn(), mail.isOn() ? mail.properties().sender() : "",
                outbox.count(NotificationStatus.WAITING) + outbox.count(NotificationStatus.SENDING),
                outbox.count(NotificationStatus.SENT), outbox.count(NotificationStatus.FAILED), outbox.failures(SHOWN));
    }
}
