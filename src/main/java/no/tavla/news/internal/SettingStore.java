package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.writing.PublishingSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The publishing settings and the trail of their changes. */
@Repository
public class SettingStore {

    private final JdbcTemplate jdbc;

    SettingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> value(String name) {
        return jdbc.queryForList("SELECT setting_value FROM publishing_setting WHERE name = ?", String.class, name)
                .stream().findFirst();
    }

    /** Sets the value and records the change, in the caller's transaction. */
    public void change(String name, String before, String after, String actor, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.update("INSERT INTO publishing_setting (name, setting_value, updated_by, updated_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value), updated_by = VALUES(updated_by),"
                + " updated_at = VALUES(updated_at)", name, after, actor, now);
        jdbc.update("INSERT INTO publishing_setting_change (name, old_value, new_value, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?)", name, before, after, actor, now);
    }

    public List<PublishingSettings.Change> changes(int limit) {
        return jdbc.query("SELECT name, old_value, new_value, changed_by, changed_at FROM publishing_setting_change"
                        + " ORDER BY id DESC LIMIT ?",
                (rs, row) -> new PublishingSettings.Change(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), limit);
    }
}
