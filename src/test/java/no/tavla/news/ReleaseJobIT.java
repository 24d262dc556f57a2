package no.tavla.news;

import no.tavla.news.publishing.ReleaseJob;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Release side effects happen once: two schedulers (each with its own ShedLock executor, as two Tavla instances would
 * have) and, beyond the lock, two runs at the same instant on one database, over many due items.
 */
@TavlaIntegrationTest
@Import(ReleaseJobIT.Effects.class)
class ReleaseJobIT {

    /** Counts the side effects, per item. */
    @Component
    static class Effects {
        final Map<Long, AtomicInteger> released = new ConcurrentHashMap<>();

        @EventListener
        void on(ItemChanged change) {
            if (change.kind() == ItemChanged.Kind.RELEASED) {
                released.computeIfAbsent(change.itemId(), id -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    @Autowired
    ReleaseJob job;
    @Autowired
    Effects effects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private List<Long> dueItems(int count) {
        return itemsReleasedAt(count, Instant.now().minusSeconds(1));
    }

    private List<Long> itemsReleasedAt(int count, Instant releaseAt) {
        String title = "Frigis " + java.util.UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                    + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                    + " SELECT ?, '', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED', ?, p.id, NOW(6), NOW(6),"
                    + " 0 FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number = '10005'", title,
                    Timestamp.from(releaseAt));
        }
        return jdbc.queryForList("SELECT id FROM news_item WHERE title = ?", Long.class, title);
    }

    @Test
    void releasesOlderThanTheCatchUpWindowAreSettledWithoutBeingAnnounced() {
        // a first run on a database with years of items (or items loaded in bulk) announces none of the old ones
        List<Long> old = itemsReleasedAt(20, Instant.now().minus(Duration.ofDays(400)));
        List<Long> lastNight = itemsReleasedAt(2, Instant.now().minus(Duration.ofHours(8)));
        job.runOnce();
        for (long item : old) {
            assertThat(effects.released.get(item)).as("old item " + item).isNull();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM news_item WHERE id IN (" + old.get(0) + ", "
                + old.get(19) + ") AND released_done_at IS NOT NULL", Integer.class))
                .as("settled, so no later run announces them either").isEqualTo(2);
        for (long item : lastNight) {
            assertThat(effects.released.get(item)).as("released while Tavla was down: still news").isNotNull()
                    .hasValue(1);
        }
        job.runOnce();
        assertThat(old).allSatisfy(item -> assertThat(effects.released.get(item)).isNull());
    }

    @Test
    void twoRunsAtTheSameInstantDoEachReleaseOnce() throws Exception {
        List<Long> items = dueItems(200);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of(
                threads.submit(() -> {
                    start.await();
                    return job.runOnce();
                }),
                threads.submit(() -> {
                    start.await();
                    return job.runOnce();
                }));
        start.countDown();
        runs.get(0).get();
        runs.get(1).get();
        threads.shutdown();
        job.runOnce(); // anything either left is claimed now, and nothing twice
        for (long item : items) {
            assertThat(effects.released.get(item)).as("item " + item).isNotNull().hasValue(1);
        }
    }

    @Test
    void twoSchedulersWithTheirOwnLocksRunTheJobOneAtATime() throws Exception {
        List<Long> items = dueItems(100);
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        LockingTaskExecutor first = new DefaultLockingTaskExecutor(provider);
        LockingTaskExecutor second = new DefaultLockingTaskExecutor(provider);
        LockConfiguration lock = new LockConfiguration(Instant.now(), "news-release-test-" + items.get(0),
                Duration.ofMinutes(1), Duration.ZERO);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        for (LockingTaskExecutor scheduler : List.of(first, second)) {
            threads.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    scheduler.executeWithLock((Runnable) () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        job.runOnce();
                        inside.decrementAndGet();
                    }, lock);
                }
                return null;
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(most.get()).as("never two runs at once").isEqualTo(1);
        for (long item : items) {
            assertThat(effects.released.get(item)).as("item " + item).isNotNull().hasValue(1);
        }
    }

    @Test
    void twoApplicationInstancesOnOneDatabaseReleaseEachItemOnce() throws Exception {
        // a second Tavla, with its own scheduler, lock executor and listeners, on the same database
        try (org.springframework.context.ConfigurableApplicationContext second = no.tavla.support.SecondTavla.start(
                List.of(Effects.class), "--tavla.news.release-check=PT1H")) {
            ReleaseJob other = second.getBean(ReleaseJob.class);
            Effects otherEffects = second.getBean(Effects.class);
            List<Long> items = dueItems(150);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            for (ReleaseJob instance : List.of(job, other)) {
                threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 30; i++) {
                        instance.scheduled(); // through each instance's ShedLock proxy, as its scheduler calls it
                    }
                    return null;
                });
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            job.runOnce();
            for (long item : items) {
                int here = effects.released.getOrDefault(item, new AtomicInteger()).get();
                int there = otherEffects.released.getOrDefault(item, new AtomicInteger()).get();
                assertThat(here + there).as("item " + item + " released once across both instances").isEqualTo(1);
            }
        }
    }
}
