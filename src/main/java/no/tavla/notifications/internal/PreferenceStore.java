package no.tavla.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.tavla.notifications.Choices;
import no.tavla.notifications.Digest;
import no.tavla.notifications.Timing;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How each person wants to be told; a person without a row has the defaults administrators set. */
@Repository
public class PreferenceStore {

    private static final String SELECT = "SELECT person_id, email_at_once, digest, quiet_from, quiet_to, sms,"
            + " sms_number FROM notification_preference";

    private final JdbcTemplate jdbc;

    PreferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Choices of(long personId) {
        return jdbc.query(SELECT + " WHERE person_id = ?", (rs, row) -> choices(rs), personId).stream().findFirst()
                .orElseGet(this::defaults);
    }

    /** The choices of everyone who has made none (Tavla's own if the row is missing). */
    public Choices defaults() {
        return jdbc.query("SELECT 0, email_at_once, digest, quiet_from, quiet_to, sms, NULL FROM notification_default"
                + " WHERE id = 1", (rs, row) -> choices(rs)).stream().findFirst().orElse(Choices.DEFAULT);
    }

    /** Who changed the defaults last, and when; empty while they are Tavla's own. */
    public java.util.Optional<Map.Entry<String, Instant>> defaultsChanged() {
        return jdbc.query("SELECT updated_by, updated_at FROM notification_default WHERE id = 1 AND updated_at IS NOT"
                + " NULL", (rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).stream()
                .findFirst();
    }

    public void saveDefaults(Choices choices, Instant at, String by) {
        jdbc.update("INSERT INTO notification_default (id, email_at_once, digest, quiet_from, quiet_to, sms,"
                        + " updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                        + " email_at_once = VALUES(email_at_once), digest = VALUES(digest),"
                        + " quiet_from = VALUES(quiet_from), quiet_to = VALUES(quiet_to), sms = VALUES(sms),"
                        + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)",
                choices.emailAtOnce(), choices.digest().name(), time(choices.quiet().from()),
                time(choices.quiet().to()), choices.sms(), Timestamp.from(at), by);
    }

    /** The choices of each of these people: their own, or the defaults for those who made none. */
    public Map<Long, Choices> of(Collection<Long> personIds) {
        Map<Long, Choices> choices = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Object> arguments = new ArrayList<>();
            String in = SqlList.in(ids.subList(from, Math.min(ids.size(), from + 1000)), arguments);
            jdbc.query(SELECT + " WHERE person_id IN (" + in + ")",
                    (ResultSet rs) -> {
                        choices.put(rs.getLong(1), choices(rs));
                    }, arguments.toArray());
        }
        if (choices.size() < personIds.size()) {
            Choices defaults = defaults();
            personIds.forEach(person -> choices.putIfAbsent(person, defaults));
        }
        return choices;
    }

    public boolean emailAtOnce(long personId) {
        return of(personId).emailAtOnce();
    }

    public void save(long personId, Choices choices, Instant at, String by) {
        jdbc.update("INSERT INTO notification_preference (person_id, email_at_once, digest, quiet_from, quiet_to,"
                        + " sms, sms_number, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE email_at_once = VALUES(email_at_once), digest = VALUES(digest),"
                        + " quiet_from = VALUES(quiet_from), quiet_to = VALUES(quiet_to), sms = VALUES(sms),"
                        + " sms_number = VALUES(sms_number), updated_at = VALUES(updated_at),"
                        + " updated_by = VALUES(updated_by)",
                personId, choices.emailAtOnce(), choices.digest().name(), time(choices.quiet().from()),
                time(choices.quiet().to()), choices.sms(), choices.smsNumber(), Timestamp.from(at), by);
    }

    private static Time time(java.time.LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    private static Choices choices(ResultSet rs) throws SQLException {
        Time from = rs.getTime(4);
        Time to = rs.getTime(5);
        Timing.Quiet quiet = from == null || to == null || from.equals(to) ? Timing.Quiet.NONE
                : new Timing.Quiet(from.toLocalTime(), to.toLocalTime());
        return new Choices(rs.getBoolean(2), Digest.valueOf(rs.getString(3)), quiet, rs.getBoolean(6), rs.getString(7));
    }
}
