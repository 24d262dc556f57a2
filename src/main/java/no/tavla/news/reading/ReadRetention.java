package no.tavla.news.reading;

import no.tavla.news.NewsProperties;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.tavla.news.internal.ReadingStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes per-person reading rows older than the retention period every night. They are personal data that serve only
 * must-read follow-up; the counts on each item remain.
 */
@Component
public class ReadRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRetention.class);

    private final ReadingStore store;
    private final NewsProperties properties;
    private final Clock clock;

    ReadRetention(ReadingStore store, NewsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every night, on one Tavla instance. */
    @Scheduled(cron = "${tavla.news.read-retention-cron:0 17 3 * * *}", zone = "Europe/Oslo")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "news-read-retention", lockAtMostFor = "PT30M")
    public void nightly() {
        purge();
    }

    /** @return how many rows were deleted (one statement: all or nothing) */
    public int purge() {
        int deleted = store.deleteSeenBefore(clock.instant().minus(Duration.ofDays(properties.readRetentionDays())));
        if (deleted > 0) {
            LOG.info("Deleted {} reading rows older than {} days", deleted, properties.readRetentionDays());
        }
        return deleted;
    }
}
