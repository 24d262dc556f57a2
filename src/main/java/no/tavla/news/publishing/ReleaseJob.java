package no.tavla.news.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.tavla.news.ItemChanged;
import no.tavla.news.internal.ReleaseStore;
import no.tavla.news.internal.ReleaseStore.Release;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the side effects of releases (telling open pages, filling the notifications' outbox) exactly once. Visibility itself is a
 * function of time and never waits for this job. With several Tavla instances ShedLock lets one run it at a time, and
 * each release is claimed by a conditional update of its marker, so even two runs at once do each release once.
 * Releases older than the catch-up window (TAVLA_NEWS_RELEASE_CATCH_UP, 12 hours) are settled without their side
 * effects: a first run on a database with years of items announces none of them, while a Tavla that was down over
 * night still announces the morning's news.
 */
@Component
public class ReleaseJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseJob.class);
    private static final int BATCH = 500;

    private final ReleaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration catchUp;
    private final TransactionTemplate transactions;

    ReleaseJob(ReleaseStore store, ApplicationEventPublisher events, Clock clock,
               @Value("${tavla.news.release-catch-up:PT12H}") Duration catchUp,
               PlatformTransactionManager transactionManager) {
        if (catchUp.isNegative() || catchUp.isZero()) {
            throw new IllegalArgumentException("tavla.news.release-catch-up must be positive");
        }
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.catchUp = catchUp;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${tavla.news.release-check:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "news-release", lockAtMostFor = "PT2M")
    public void scheduled() {
        runOnce();
    }

    /** @return how many release side effects this run claimed and ran */
    public int runOnce() {
        Instant now = clock.instant();
        int done = run(Release.INTERNAL, now, ItemChanged.Kind.RELEASED);
        done += run(Release.EXTERNAL, now, ItemChanged.Kind.PUBLISHED_EXTERNALLY);
        return done;
    }

    private int run(Release release, Instant now, ItemChanged.Kind kind) {
        Instant since = now.minus(catchUp);
        int settled = store.settleOlderThan(release, since, now);
        if (settled > 0) {
            LOG.info("Settled {} {} release(s) older than {} without announcing them", settled, release, catchUp);
        }
        List<Long> due = store.due(release, since, now, BATCH);
        int done = 0;
        for (long id : due) {
            // the claim and what listeners record (the notifications' outbox) commit together: a crash between
            // them neither loses the notifications nor lets another run announce the release again
            if (Boolean.TRUE.equals(transactions.execute(status -> {
                if (!store.claim(release, id, now)) {
                    return false;
                }
                events.publishEvent(new ItemChanged(id, kind));
                return true;
            }))) {
                done++;
            }
        }
        if (done > 0) {
            LOG.info("Released {} item(s): {}", done, kind);
        }
        return done;
    }
}
