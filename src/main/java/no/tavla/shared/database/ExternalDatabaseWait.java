package no.tavla.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import no.tavla.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the configured database server at start-up, one calm log line per attempt, and stops start-up with a
 * clear message when it never answers, rather than letting the pool and Liquibase each print a stack trace.
 */
final class ExternalDatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseWait.class);
    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;

    private final String url;
    private final String username;
    private final String password;
    private final int attempts;
    private final Duration pause;

    ExternalDatabaseWait(String url, String username, String password, int attempts, Duration pause) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
    }

    void untilReachable() {
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw new ConfigurationProblem("SPRING_DATASOURCE_URL", "is not a MariaDB JDBC URL: " + redacted(url),
                    "Use the form jdbc:mariadb://host:3306/tavla.");
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection ignored = DriverManager.getConnection(url, username, password)) {
                if (attempt > 1) {
                    log.info("Database {} is reachable", redacted(url));
                }
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() == ACCESS_DENIED) {
                    throw refused(username, e);
                }
                if (e.getErrorCode() == UNKNOWN_DATABASE) {
                    throw new ConfigurationProblem("SPRING_DATASOURCE_URL",
                            "names a database that does not exist: " + redacted(url),
                            "Create it: CREATE DATABASE tavla CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci;");
                }
                if (attempt >= attempts) {
                    throw new ConfigurationProblem("SPRING_DATASOURCE_URL",
                            "the database " + redacted(url) + " did not answer after " + attempts + " attempts ("
                                    + firstLine(e) + ")",
                            "Check that MariaDB runs and that this host may reach it; "
                                    + "TAVLA_DATABASE_CONNECT_ATTEMPTS sets how long Tavla waits.");
                }
                log.warn("Database {} is not reachable yet (attempt {} of {}): {}. Trying again in {} s.",
                        redacted(url), attempt, attempts, firstLine(e), pause.toSeconds());
                sleep();
            }
        }
    }

    /**
     * The database said no to the user. Either the password or user is wrong, or (common after a fresh
     * {@code mariadb-install-db}) an anonymous account such as {@code ''@'localhost'} matches this host more closely
     * than {@code 'tavla'@'%'}, so MariaDB checks the password against the wrong account.
     */
    static ConfigurationProblem refused(String username, SQLException e) {
        return new ConfigurationProblem("SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD",
                "the database refused the user '" + username + "' (" + firstLine(e) + ")",
                "Either the user or password is wrong, or an anonymous account takes precedence over '" + username
                        + "'@'%' (mariadb-install-db makes ''@'localhost'). Check both variables; then run"
                        + " mariadb-secure-installation on the database server, or DROP USER ''@'localhost';"
                        + " (see the README, \"The database\").");
    }

    private void sleep() {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The URL without any password given as a parameter. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
