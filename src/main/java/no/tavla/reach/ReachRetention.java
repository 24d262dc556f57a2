package no.tavla.reach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import no.tavla.news.NewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes paper and meeting confirmations as old as the reading rows that go (the same retention period): they are
 * personal data that serve only the follow-up. Meetings stay, with their date and note, without the names.
 */
@Component
public class ReachRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ReachRetention.class);

    private final JdbcTemplate jdbc;
    private final NewsProperties properties;
    private final Clock clock;

    ReachRetention(JdbcTemplate jdbc, NewsProperties properties, Clock clock) {
        this.jdbc = jdbc;
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
    @Transactional
    public int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(Duration.ofDays(properties.readRetentionDays())));
        int deleted = jdbc.update("DELETE FROM reach_confirmation WHERE recorded_at < ?", before);
        if (deleted > 0) {
            LOG.info("Deleted {} paper and meeting confirmations older than {} days", deleted,
                    properties.readRetentionDays());
        }
        return deleted;
    }
}
