package no.tavla.reach;

import java.time.Clock;
import java.time.Duration;

import no.tavla.news.NewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.tavla.reach.internal.ConfirmationStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes paper and meeting confirmations as old as the reading rows that go (the same retention period): they are
 * personal data that serve only the follow-up. Meetings stay, with their date and note, without the names.
 */
@Component
public class ReachRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ReachRetention.class);

    private final ConfirmationStore store;
    private final NewsProperties properties;
    private final Clock clock;

    ReachRetention(ConfirmationStore store, NewsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every night, on one Tavla instance. */
    @Scheduled(cron = "${tavla.news.read-retention-cron:0 17 3 * * *}", zone = "Europe/Oslo")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "reach-retention", lockAtMostFor = "PT30M")
    public void nightly() {
        purge();
    }

    /** @return how many confirmations were deleted */
    public int purge() {
        int deleted = store.deleteRecordedBefore(clock.instant().minus(Duration.ofDays(properties.readRetentionDays())));
        if (deleted > 0) {
            LOG.info("Deleted {} paper and meeting confirmations older than {} days", deleted,
                    properties.readRetentionDays());
        }
        return deleted;
    }
}
