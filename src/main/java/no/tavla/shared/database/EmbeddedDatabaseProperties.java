package no.tavla.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB, used only when no {@code SPRING_DATASOURCE_URL} is set.
 *
 * @param dataDir  where the data lives ({@code TAVLA_EMBEDDED_DB_DATA_DIR}, default {@code ~/.tavla/db})
 * @param database the database (schema) name
 * @param fresh    start from an empty data directory (tests only)
 */
@ConfigurationProperties("tavla.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".tavla", "db");
        }
        if (database == null || database.isBlank()) {
            database = "tavla";
        }
    }
}
