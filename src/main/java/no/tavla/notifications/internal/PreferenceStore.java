package no.tavla.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How each person wants to be told; a person without a row has the defaults (e-mail at once: yes). */
@Repository
public class PreferenceStore {

    private final JdbcTemplate jdbc;

    PreferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean emailAtOnce(long personId) {
        return jdbc.queryForList("SELECT email_at_once FROM notification_preference WHERE person_id = ?",
                Boolean.class, personId).stream().findFirst().orElse(true);
    }

    /** Of these people, those who said no to e-mail at once. */
    public Set<Long> withoutEmailAtOnce(Collection<Long> personIds) {
        Set<Long> without = new HashSet<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Object> arguments = new ArrayList<>();
            String in = SqlList.in(ids.subList(from, Math.min(ids.size(), from + 1000)), arguments);
            without.addAll(jdbc.queryForList("SELECT person_id FROM notification_preference WHERE NOT email_at_once"
                    + " AND person_id IN (" + in + ")", Long.class, arguments.toArray()));
        }
        return without;
    }

    public void setEmailAtOnce(long personId, boolean atOnce, Instant at, String by) {
        jdbc.update("INSERT INTO notification_preference (person_id, email_at_once, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE email_at_once = VALUES(email_at_once),"
                        + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)",
                personId, atOnce, Timestamp.from(at), by);
    }
}
