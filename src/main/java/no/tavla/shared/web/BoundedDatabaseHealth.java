package no.tavla.shared.web;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The database's health within a bound: a load balancer asking {@code /actuator/health} during an outage hears DOWN
 * within {@code limit}, rather than after the pool's whole wait for a connection. One check runs at a time; callers
 * during it share its answer, so a busy health endpoint never piles up threads waiting on the database.
 */
public final class BoundedDatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration limit;
    private final Executor executor;
    private final AtomicReference<CompletableFuture<Health>> running = new AtomicReference<>();

    public BoundedDatabaseHealth(DataSource dataSource, Duration limit, Executor executor) {
        this.dataSource = dataSource;
        this.limit = limit;
        this.executor = executor;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = running.updateAndGet(
                current -> current == null || current.isDone() ? CompletableFuture.supplyAsync(this::check, executor)
                        : current);
        try {
            return check.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("database", "MariaDB")
                    .withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("database", "MariaDB")
                    .withDetail("error", e.getCause().getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, limit.toSeconds());
            return connection.isValid(seconds) ? Health.up().withDetail("database", "MariaDB").build()
                    : Health.down().withDetail("database", "MariaDB").withDetail("error", "connection not valid")
                    .build();
        } catch (Exception e) {
            return Health.down().withDetail("database", "MariaDB")
                    .withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
