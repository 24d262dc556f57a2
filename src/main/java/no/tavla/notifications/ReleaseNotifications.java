package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemCorrected;
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

    /** Who an item's release or correction concerns, their choices, and the bell told of it already. */
    private record Told(Item item, List<Recipients.Reach> audience, Map<Long, Choices> chosen, Instant now) {

        Choices of(Recipients.Reach reached) {
            return chosen.getOrDefault(reached.personId(), Choices.DEFAULT);
        }
    }

    /** Reads the audience as it is now, puts the item in everyone's bell as {@code kind}, and reads their choices. */
    private java.util.Optional<Told> ring(long itemId, NotificationKind kind) {
        return items.out(itemId).map(released -> {
            Item item = released.item();
            List<Recipients.Reach> audience = recipients.reach(item.audience().wholeMunicipality(),
                    released.audienceUnits(), item.audience().roles());
            List<Long> people = audience.stream().map(Recipients.Reach::personId).toList();
            Instant now = clock.instant();
            outbox.ring(item.id(), people, kind, now);
            if (kind != NotificationKind.RELEASED) {
                // a release is counted by the open pages themselves, with its card (BellButton)
                bells.rang(people);
            }
            return new Told(item, audience, preferences.of(people), now);
        });
    }

    private void released(long itemId) {
        ring(itemId, NotificationKind.RELEASED).ifPresent(told -> {
            Item item = told.item();
            if (mail.isOn()) {
                Map<Long, Instant> atOnce = new LinkedHashMap<>();
                Map<Long, Instant> digest = new LinkedHashMap<>();
                for (Recipients.Reach reached : told.audience()) {
                    Choices choices = told.of(reached);
                    if (choices.emailAtOnce(item.kind(), reached.hasEmail())) {
                        atOnce.put(reached.personId(), Timing.atOnce(told.now(), choices.quiet()));
                    } else if (choices.inDigest(item.kind(), reached.hasEmail())) {
                        digest.put(reached.personId(), Timing.nextDigest(told.now(), choices.digest(),
                                choices.quiet()));
                    }
                }
                int added = outbox.enqueue(item.id(), atOnce, NotificationChannel.EMAIL, NotificationKind.RELEASED,
                        told.now());
                int later = outbox.enqueue(item.id(), digest, NotificationChannel.EMAIL, NotificationKind.DIGEST,
                        told.now());
                LOG.info("Item {} released to {} people: {} e-mail(s) at once, {} in digests", item.id(),
                        told.audience().size(), added, later);
            }
            if (sms.isOn()) {
                Map<Long, Instant> texted = texted(told);
                outbox.enqueue(item.id(), texted, NotificationChannel.SMS, NotificationKind.RELEASED, told.now());
                LOG.info("Item {} released: {} SMS to send", item.id(), texted.size());
            }
        });
    }

    /** Who gets the item by SMS ({@link Choices#bySms}), after their quiet hours. */
    private Map<Long, Instant> texted(Told told) {
        Map<Long, Instant> texted = new LinkedHashMap<>();
        for (Recipients.Reach reached : told.audience()) {
            Choices choices = told.of(reached);
            if (choices.bySms(told.item().kind(), reached.hasEmail(), reached.hasWorkComputer(), reached.mobile())) {
                texted.put(reached.personId(), Timing.atOnce(told.now(), choices.quiet()));
            }
        }
        return texted;
    }

    /**
     * A significant correction: the bell of everyone in the audience says so (unread again), and those who get the
     * item at once by e-mail or by SMS get it again with what changed (a must-read item is to be confirmed again);
     * a digest reader sees it in the bell.
     */
    private void corrected(long itemId, String note) {
        ring(itemId, NotificationKind.CORRECTED).ifPresent(told -> {
            Item item = told.item();
            if (mail.isOn()) {
                Map<Long, Instant> atOnce = new LinkedHashMap<>();
                for (Recipients.Reach reached : told.audience()) {
                    Choices choices = told.of(reached);
                    if (choices.emailAtOnce(item.kind(), reached.hasEmail())) {
                        atOnce.put(reached.personId(), Timing.atOnce(told.now(), choices.quiet()));
                    }
                }
                outbox.enqueueAgain(item.id(), atOnce, NotificationChannel.EMAIL, NotificationKind.CORRECTED,
                        note, told.now());
                LOG.info("Item {} corrected: {} e-mail(s) say what changed", item.id(), atOnce.size());
            }
            if (sms.isOn()) {
                outbox.enqueueAgain(item.id(), texted(told), NotificationChannel.SMS, NotificationKind.CORRECTED, note,
                        told.now());
            }
        });
    }
}
