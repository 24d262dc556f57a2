package no.tavla.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class BoundedDatabaseHealthTest {

    /** A pool during an outage: every request for a connection hangs until the database comes back. */
    static final class HangingDataSource implements DataSource {
        final CountDownLatch back = new CountDownLatch(1);
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            try {
                back.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("Connection is not available, request timed out");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    @Test
    void aDatabaseThatHangsIsDownWithinTheLimitAndChecksDoNotPileUp() {
        HangingDataSource outage = new HangingDataSource();
        BoundedDatabaseHealth health = new BoundedDatabaseHealth(outage, Duration.ofMillis(100),
                Executors.newVirtualThreadPerTaskExecutor());
        try {
            Health first = health.health();
            Health second = health.health();
            Health third = health.health();
            assertThat(first.getStatus()).isEqualTo(Status.DOWN);
            assertThat(first.getDetails()).containsEntry("error", "no answer within 100 ms");
            assertThat(second.getStatus()).isEqualTo(Status.DOWN);
            assertThat(third.getStatus()).isEqualTo(Status.DOWN);
            assertThat(outage.asked).as("one check waits on the pool, the others share it").hasValue(1);
        } finally {
            outage.back.countDown();
        }
    }
}
