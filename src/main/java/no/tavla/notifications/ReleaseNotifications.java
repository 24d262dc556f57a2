package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * When an important or must-read item is released, everyone in its audience who has a work e-mail address and has
 * not said no gets it by e-mail at once. Runs inside the release job's claim (a plain listener, not after commit), so
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
    private final Clock clock;

    ReleaseNotifications(ReleasedItems items, Recipients recipients, OutboxStore outbox, PreferenceStore preferences,
                         MailSetup mail, Clock clock) {
        this.items = items;
        this.recipients = recipients;
        this.outbox = outbox;
        this.preferences = preferences;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void on(ItemChanged change) {
        if (change.kind() != ItemChanged.Kind.RELEASED || !mail.isOn()) {
            return;
        }
        items.out(change.itemId()).filter(released -> AT_ONCE.contains(released.item().kind()))
                .ifPresent(released -> {
                    Item item = released.item();
                    List<Long> people = recipients.of(item.audience().wholeMunicipality(), released.audienceUnits(),
                            item.audience().roles());
                    Set<Long> without = preferences.withoutEmailAtOnce(people);
                    List<Long> told = people.stream().filter(person -> !without.contains(person)).toList();
                    Instant now = clock.instant();
                    int added = outbox.enqueue(item.id(), told, NotificationChannel.EMAIL, NotificationKind.RELEASED,
                            now, now);
                    LOG.info("Item {} released: {} e-mail(s) to send", item.id(), added);
                });
    }
}
