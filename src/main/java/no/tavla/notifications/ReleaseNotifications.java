package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
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
 * When an item is released, it is in the bell of everyone in its audience. By e-mail, an important or must-read one
 * goes at once (after their quiet hours) to everyone who has not said no; the rest, and what they chose not to get at
 * once, waits for their digest. Whether they have an address is looked at when it is sent. Runs inside the release job's claim (a plain listener, not after commit), so
 * the outbox rows and the claim commit together: once per release, nothing lost in a crash. Normal items wait for
 * the digest (issue 14).
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
    private final BellChanges bells;
    private final Clock clock;

    ReleaseNotifications(ReleasedItems items, Recipients recipients, OutboxStore outbox, PreferenceStore preferences,
                         MailSetup mail, BellChanges bells, Clock clock) {
        this.bells = bells;
        this.items = items;
        this.recipients = recipients;
        this.outbox = outbox;
        this.preferences = preferences;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void on(ItemChanged change) {
        if (change.kind() != ItemChanged.Kind.RELEASED) {
            return;
        }
        items.out(change.itemId()).ifPresent(released -> {
            Item item = released.item();
            List<Long> people = recipients.of(item.audience().wholeMunicipality(), released.audienceUnits(),
                    item.audience().roles());
            Instant now = clock.instant();
            outbox.ring(item.id(), people, NotificationKind.RELEASED, now);
            bells.rang(people);
            if (mail.isOn()) {
                Map<Long, Choices> chosen = preferences.of(people);
                Map<Long, Instant> atOnce = new LinkedHashMap<>();
                Map<Long, Instant> digest = new LinkedHashMap<>();
                for (long person : people) {
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
        });
    }
}
