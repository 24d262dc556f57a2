package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemCorrected;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.notifications.internal.OutboxStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a release or a significant correction tells each person. When an item is released, it is in the bell of
 * everyone in its audience. By e-mail, an important or must-read one goes at once (after their quiet hours) to everyone
 * who has not said no; the rest, and what they chose not to get at once, waits for their digest; a must-read one goes
 * by SMS to those without a PC or e-mail. The release's claim only records that this is to be done
 * ({@code notification_fanout}, in the claim's transaction); the sending job writes it per person (decision 0018).
 */
@Component
class ReleaseNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseNotifications.class);
    static final Set<ItemKind> AT_ONCE = Set.of(ItemKind.IMPORTANT, ItemKind.MUST_READ);

    private final ReleasedItems items;
    private final Recipients recipients;
    private final OutboxStore outbox;
    private final PreferenceStore preferences;
    private final MailSetup mail;
    private final SmsSetup sms;
    private final BellChanges bells;
    private final Clock clock;

    ReleaseNotifications(ReleasedItems items, Recipients recipients, OutboxStore outbox, PreferenceStore preferences,
                         MailSetup mail, SmsSetup sms, BellChanges bells, Clock clock) {
        this.sms = sms;
        this.bells = bells;
        this.items = items;
        this.recipients = recipients;
        this.outbox = outbox;
        this.preferences = preferences;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * The release's claim records only that the audience is to be told, in its own transaction: one row, however
     * large the audience, so open pages hear of the release at once; the sending job writes the rest (decision 0018).
     */
    @EventListener
    void on(ItemChanged change) {
        if (change.kind() == ItemChanged.Kind.RELEASED) {
            outbox.addFanOut(change.itemId(), NotificationKind.RELEASED, null, clock.instant());
        }
    }

    /** A significant correction, recorded the same way. */
    @EventListener
    void on(ItemCorrected corrected) {
        outbox.addFanOut(corrected.itemId(), NotificationKind.CORRECTED, corrected.note(), clock.instant());
    }

    /** Writes what a recorded release or correction tells each person (called by the sending job). */
    void fanOut(OutboxStore.FanOut fanOut) {
        if (fanOut.kind() == NotificationKind.CORRECTED) {
            corrected(fanOut.itemId(), fanOut.note());
        } else {
            released(fanOut.itemId());
        }
    }

    private void released(long itemId) {
        items.out(itemId).ifPresent(released -> {
            Item item = released.item();
            List<Recipients.Reach> audience = recipients.reach(item.audience().wholeMunicipality(),
                    released.audienceUnits(), item.audience().roles());
            List<Long> people = audience.stream().map(Recipients.Reach::personId).toList();
            Instant now = clock.instant();
            outbox.ring(item.id(), people, NotificationKind.RELEASED, now);
            bells.rang(people);
            Map<Long, Choices> chosen = preferences.of(people);
            if (mail.isOn()) {
                Map<Long, Instant> atOnce = new LinkedHashMap<>();
                Map<Long, Instant> digest = new LinkedHashMap<>();
                // e-mail only for those HR gives an address (the write page counts the rest as paper)
                for (Recipients.Reach reached : audience) {
                    if (!reached.hasEmail()) {
                        continue;
                    }
                    long person = reached.personId();
                    Choices choices = chosen.getOrDefault(person, Choices.DEFAULT);
                    if (AT_ONCE.contains(item.kind()) && choices.emailAtOnce()) {
                        atOnce.put(person, Timing.atOnce(now, choices.quiet()));
                    } else {
                        Instant next = Timing.nextDigest(now, choices.digest(), choices.quiet());
                        if (next != null) {
                            digest.put(person, next);
                        }
                    }
                }
                int added = outbox.enqueue(item.id(), atOnce, NotificationChannel.EMAIL, NotificationKind.RELEASED,
                        now);
                int later = outbox.enqueue(item.id(), digest, NotificationChannel.EMAIL, NotificationKind.DIGEST, now);
                LOG.info("Item {} released to {} people: {} e-mail(s) at once, {} in digests", item.id(),
                        people.size(), added, later);
            }
            if (sms.isOn() && item.kind() == ItemKind.MUST_READ) {
                Map<Long, Instant> texted = texted(audience, chosen, now);
                outbox.enqueue(item.id(), texted, NotificationChannel.SMS, NotificationKind.RELEASED, now);
                LOG.info("Item {} released: {} SMS to send", item.id(), texted.size());
            }
        });
    }

    /**
     * Who gets a must-read item by SMS: those without a work PC or without a work e-mail address, who have a mobile
     * number (their own, else HR's) and have not said no; after their quiet hours.
     */
    private Map<Long, Instant> texted(List<Recipients.Reach> audience, Map<Long, Choices> chosen, Instant now) {
        Map<Long, Instant> texted = new LinkedHashMap<>();
        for (Recipients.Reach reached : audience) {
            Choices choices = chosen.getOrDefault(reached.personId(), Choices.DEFAULT);
            boolean offScreen = !reached.hasWorkComputer() || !reached.hasEmail();
            String number = choices.smsNumber() != null ? choices.smsNumber() : reached.mobile();
            if (offScreen && choices.sms() && number != null) {
                texted.put(reached.personId(), Timing.atOnce(now, choices.quiet()));
            }
        }
        return texted;
    }

    /**
     * A significant correction: the bell of everyone in the audience says so (unread again), and those who get the
     * item at once by e-mail get it again with what changed; a digest reader sees it in the bell.
     */
    private void corrected(long itemId, String note) {
        items.out(itemId).ifPresent(released -> {
            Item item = released.item();
            List<Recipients.Reach> audience = recipients.reach(item.audience().wholeMunicipality(),
                    released.audienceUnits(), item.audience().roles());
            List<Long> people = audience.stream().map(Recipients.Reach::personId).toList();
            Instant now = clock.instant();
            outbox.ring(item.id(), people, NotificationKind.CORRECTED, now);
            bells.rang(people);
            Map<Long, Choices> chosen = preferences.of(people);
            if (mail.isOn() && AT_ONCE.contains(item.kind())) {
                Map<Long, Instant> atOnce = new LinkedHashMap<>();
                for (Recipients.Reach reached : audience) {
                    Choices choices = chosen.getOrDefault(reached.personId(), Choices.DEFAULT);
                    if (reached.hasEmail() && choices.emailAtOnce()) {
                        atOnce.put(reached.personId(), Timing.atOnce(now, choices.quiet()));
                    }
                }
                outbox.enqueueAgain(item.id(), atOnce, NotificationChannel.EMAIL, NotificationKind.CORRECTED,
                        note, now);
                LOG.info("Item {} corrected: {} e-mail(s) say what changed", item.id(), atOnce.size());
            }
            if (sms.isOn() && item.kind() == ItemKind.MUST_READ) {
                // a must-read item corrected significantly is to be confirmed again: those told by SMS hear so
                outbox.enqueueAgain(item.id(), texted(audience, chosen, now), NotificationChannel.SMS,
                        NotificationKind.CORRECTED, note, now);
            }
        });
    }
}
