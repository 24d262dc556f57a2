package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.tavla.news.ItemKind;
import no.tavla.notifications.internal.OutboxStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a must-read item's deadline tells people, for the module that follows deadlines up (reach): a reminder to
 * those who have not confirmed, in their bell, by e-mail at once (after their quiet hours) and by SMS as a must-read
 * item goes to them; and, when it has passed, each manager the names of their own staff still missing, in the bell
 * and by e-mail. A second reminder for the same item is the same notification, armed again.
 */
@Service
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final Recipients recipients;
    private final OutboxStore outbox;
    private final PreferenceStore preferences;
    private final MailSetup mail;
    private final SmsSetup sms;
    private final BellChanges bells;
    private final Clock clock;

    Reminders(Recipients recipients, OutboxStore outbox, PreferenceStore preferences, MailSetup mail, SmsSetup sms,
              BellChanges bells, Clock clock) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.preferences = preferences;
        this.mail = mail;
        this.sms = sms;
        this.bells = bells;
        this.clock = clock;
    }

    /** Reminds these people (who have not confirmed the must-read item) that its deadline is near. */
    @Transactional
    public void remind(long itemId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Recipients.Recipient> people = recipients.contacts(personIds);
        outbox.ring(itemId, people.keySet(), NotificationKind.REMINDER, now);
        bells.rang(people.keySet());
        Map<Long, Choices> chosen = preferences.of(people.keySet());
        Map<Long, Instant> mailed = new LinkedHashMap<>();
        Map<Long, Instant> texted = new LinkedHashMap<>();
        people.values().forEach(person -> {
            Choices choices = chosen.getOrDefault(person.personId(), Choices.DEFAULT);
            boolean hasEmail = person.email() != null;
            if (mail.isOn() && choices.emailAtOnce(ItemKind.MUST_READ, hasEmail)) {
                mailed.put(person.personId(), Timing.atOnce(now, choices.quiet()));
            }
            if (sms.isOn() && choices.bySms(ItemKind.MUST_READ, hasEmail, person.hasWorkComputer(), person.mobile())) {
                texted.put(person.personId(), Timing.atOnce(now, choices.quiet()));
            }
        });
        outbox.enqueueAgain(itemId, mailed, NotificationChannel.EMAIL, NotificationKind.REMINDER, null, now);
        outbox.enqueueAgain(itemId, texted, NotificationChannel.SMS, NotificationKind.REMINDER, null, now);
        LOG.info("Item {}: {} reminded of its deadline ({} by e-mail, {} by SMS)", itemId, people.size(),
                mailed.size(), texted.size());
    }

    /**
     * Tells each manager which of their own staff have not confirmed the must-read item by its deadline.
     *
     * @param missingByManager the names of the staff still missing, by the manager who follows them up
     */
    @Transactional
    public void deadlinePassed(long itemId, Map<Long, List<String>> missingByManager) {
        if (missingByManager.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Recipients.Recipient> managers = recipients.contacts(missingByManager.keySet());
        outbox.ring(itemId, managers.keySet(), NotificationKind.MISSING, now);
        bells.rang(managers.keySet());
        Map<Long, Choices> chosen = preferences.of(managers.keySet());
        int mailed = 0;
        if (mail.isOn()) {
            for (Recipients.Recipient manager : managers.values()) {
                Choices choices = chosen.getOrDefault(manager.personId(), Choices.DEFAULT);
                if (manager.email() != null && choices.emailAtOnce()) {
                    outbox.enqueueAgain(itemId, Map.of(manager.personId(), Timing.atOnce(now, choices.quiet())),
                            NotificationChannel.EMAIL, NotificationKind.MISSING,
                            String.join("\n", missingByManager.get(manager.personId())), now);
                    mailed++;
                }
            }
        }
        LOG.info("Item {}: deadline passed, {} manager(s) told who is missing ({} by e-mail)", itemId,
                managers.size(), mailed);
    }
}
