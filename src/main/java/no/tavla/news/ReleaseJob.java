package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the side effects of releases (telling open pages, later notifications) exactly once. Visibility itself is a
 * function of time and never waits for this job. With several Tavla instances ShedLock lets one run it at a time, and
 * each release is claimed by a conditional update of its marker, so even two runs at once do each release once.
 */
@Component
public class ReleaseJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseJob.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReleaseJob(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tavla.news.release-check:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "news-release", lockAtMostFor = "PT2M")
    public void scheduled() {
        runOnce();
    }

    /** @return how many release side effects this run claimed and ran */
    public int runOnce() {
        Timestamp now = Timestamp.from(clock.instant());
        int done = claim("released_done_at", "release_at", now, ItemChanged.Kind.RELEASED);
        done += claim("external_done_at", "external_release_at", now, ItemChanged.Kind.PUBLISHED_EXTERNALLY);
        return done;
    }

    private int claim(String marker, String time, Timestamp now, ItemChanged.Kind kind) {
        List<Long> due = jdbc.queryForList("SELECT id FROM news_item WHERE status = 'PUBLISHED' AND " + time
                + " <= ? AND " + marker + " IS NULL ORDER BY " + time + " LIMIT 500", Long.class, now);
        int done = 0;
        for (long id : due) {
            // the claim: only one run, on any instance, sets the marker
            if (jdbc.update("UPDATE news_item SET " + marker + " = ? WHERE id = ? AND " + marker + " IS NULL", now,
                    id) == 1) {
                events.publishEvent(new ItemChanged(id, kind));
                done++;
            }
        }
        if (done > 0) {
            LOG.info("Released {} item(s): {}", done, kind);
        }
        return done;
    }
}
