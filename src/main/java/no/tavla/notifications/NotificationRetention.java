package no.tavla.notifications;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.tavla.news.NewsProperties;
import no.tavla.notifications.internal.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notifications are personal data (who was told what, when), kept as long as reading rows
 * ({@code TAVLA_NEWS_READ_RETENTION_DAYS}) and then deleted every night; one still waiting or being tried is kept
 * until it is settled.
 */
@Component
public class NotificationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetention.class);

    private final OutboxStore outbox;
    private final NewsProperties news;
    private final Clock clock;

    NotificationRetention(OutboxStore outbox, NewsProperties news, Clock clock) {
        this.outbox = outbox;
        this.news = news;
        this.clock = clock;
    }

    @Scheduled(cron = "${tavla.news.read-retention-cron:0 17 3 * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "notifications-retention", lockAtMostFor = "PT30M")
    public void nightly() {
        purge();
    }

    /** @return how many notifications were deleted */
    public int purge() {
        int deleted = outbox.deleteSettledBefore(clock.instant().minus(Duration.ofDays(news.readRetentionDays())));
        if (deleted > 0) {
            LOG.info("Deleted {} notifications older than {} days", deleted, news.readRetentionDays());
        }
        return deleted;
    }
}
