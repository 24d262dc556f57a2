package no.tavla.load;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SQL statements Tavla sends to MariaDB, from the server's general log (a table), leaving out this
 * counter's own connection: exact, whatever the machine is doing.
 */
public final class StatementLog implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final long self;

    public StatementLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.self = jdbc.execute((java.sql.Connection c) -> {
            try (var statement = c.createStatement(); var rs = statement.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
    }

    /** Forgets what was logged so far. */
    public void reset() {
        jdbc.execute("SET GLOBAL general_log = 0");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
    }

    /** What the log holds, by command type (to see what it records). */
    public List<Map<String, Object>> kinds() {
        return jdbc.queryForList("SELECT command_type, COUNT(*) AS n FROM mysql.general_log GROUP BY command_type");
    }

    /** The statements (queries, not connects) logged since the last reset, by others than this counter. */
    public List<String> statements() {
        // the counter shares the pool with Tavla when they run in one JVM: its own statements are told by their text
        return jdbc.queryForList("SELECT CAST(argument AS CHAR CHARACTER SET utf8mb4) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute') ORDER BY event_time", String.class).stream()
                .filter(sql -> !sql.contains("general_log") && !sql.contains("CONNECTION_ID()")).toList();
    }

    /** How many of each statement, its first 70 characters standing for it. */
    public Map<String, Long> summary() {
        java.util.TreeMap<String, Long> counts = new java.util.TreeMap<>();
        for (String statement : statements()) {
            String key = statement.replaceAll("\\s+", " ");
            counts.merge(key.length() > 70 ? key.substring(0, 70) : key, 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public void close() {
        jdbc.execute("SET GLOBAL general_log = 0");
    }
}
