package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes per-person reading rows older than the retention period every night. They are personal data that serve only
 * must-read follow-up; the counts on each item remain.
 */
@Component
public class ReadRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRetention.class);

    private final JdbcTemplate jdbc;
    private final NewsProperties properties;
    private final Clock clock;

    ReadRetention(JdbcTemplate jdbc, NewsProperties properties, Clock clock) {
        this.jdbc = jdbc;
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
    @Transactional
    public int purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(Duration.ofDays(properties.readRetentionDays())));
        int deleted = jdbc.update("DELETE FROM news_read WHERE seen_at < ?", before);
        if (deleted > 0) {
            LOG.info("Deleted {} reading rows older than {} days", deleted, properties.readRetentionDays());
        }
        return deleted;
    }
}
