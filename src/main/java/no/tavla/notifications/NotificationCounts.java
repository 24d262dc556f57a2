package no.tavla.notifications;

import java.util.Map;

import no.tavla.news.reading.NewsFeed;
import no.tavla.notifications.internal.OutboxStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** How many were told about an item on each channel, as numbers only, for those who may see its reach. */
@Service
public class NotificationCounts {

    /** One channel's notifications about an item. */
    public record Count(int sent, int waiting, int failed, int skipped) {

        static Count of(Map<NotificationStatus, Integer> byStatus) {
            return new Count(byStatus.getOrDefault(NotificationStatus.SENT, 0),
                    byStatus.getOrDefault(NotificationStatus.WAITING, 0)
                            + byStatus.getOrDefault(NotificationStatus.SENDING, 0),
                    byStatus.getOrDefault(NotificationStatus.FAILED, 0),
                    byStatus.getOrDefault(NotificationStatus.SKIPPED, 0));
        }

        public boolean any() {
            return sent + waiting + failed + skipped > 0;
        }
    }

    /** @param bell the entries in people's bells ({@code sent}) */
    public record Counts(Count bell, Count email, Count sms) {
    }

    private final OutboxStore outbox;
    private final NewsFeed news;

    NotificationCounts(OutboxStore outbox, NewsFeed news) {
        this.outbox = outbox;
        this.news = news;
    }

    /**
     * How many of the staff of these units (by primary unit) the item was sent to by e-mail and by SMS, for those who
     * may see its reach.
     *
     * @return e-mails and SMS sent, in that order
     */
    public int[] sentWithin(long itemId, java.util.Collection<Long> unitIds) {
        if (!news.maySeeCounts(itemId)) {
            throw new AccessDeniedException("Not allowed to see this item's reach");
        }
        Map<NotificationChannel, Integer> sent = outbox.sentWithin(itemId, unitIds);
        return new int[] {sent.getOrDefault(NotificationChannel.EMAIL, 0), sent.getOrDefault(NotificationChannel.SMS, 0)};
    }

    public Counts forItem(long itemId) {
        if (!news.maySeeCounts(itemId)) {
            throw new AccessDeniedException("Not allowed to see this item's reach");
        }
        Map<NotificationChannel, Map<NotificationStatus, Integer>> counts = outbox.counts(itemId);
        return new Counts(Count.of(counts.getOrDefault(NotificationChannel.BELL, Map.of())),
                Count.of(counts.getOrDefault(NotificationChannel.EMAIL, Map.of())),
                Count.of(counts.getOrDefault(NotificationChannel.SMS, Map.of())));
    }
}
