package no.tavla.notifications;

import java.time.Clock;
import java.util.List;

import no.tavla.news.ItemOpened;
import no.tavla.news.ItemStep;
import no.tavla.notifications.internal.OutboxStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What rings the bell besides a release: a writer hears that their item was returned, approved or commented on (not
 * of their own comment), communications that something waits for approval; opening an item reads what the bell said
 * about it. Inside the step's transaction, so the entry commits with the step.
 */
@Component
class BellNotifications {

    private final OutboxStore outbox;
    private final BellChanges changes;
    private final Clock clock;

    BellNotifications(OutboxStore outbox, BellChanges changes, Clock clock) {
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    void on(ItemStep step) {
        switch (step.step()) {
            case SUBMITTED -> changes.waitingChanged();
            case RETURNED -> {
                ring(step, NotificationKind.RETURNED);
                changes.waitingChanged();
            }
            case APPROVED -> {
                ring(step, NotificationKind.APPROVED);
                changes.waitingChanged();
            }
            case COMMENTED -> {
                if (step.byPersonId() == null || step.byPersonId() != step.authorId()) {
                    ring(step, NotificationKind.COMMENTED);
                }
            }
        }
    }

    private void ring(ItemStep step, NotificationKind kind) {
        outbox.ring(step.itemId(), List.of(step.authorId()), kind, clock.instant());
        changes.rang(List.of(step.authorId()));
    }

    @EventListener
    void on(ItemOpened opened) {
        outbox.markItemRead(opened.personId(), opened.itemId(), clock.instant());
    }
}
