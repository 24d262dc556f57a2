package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's publishing settings: the lead time between the internal and the external release ("internt
 * først", two hours unless changed). Only administrators may lower it; communications may raise it; every change is
 * kept with who made it and when.
 */
@Service
public class PublishingSettings {

    public static final Duration MAX_LEAD_TIME = Duration.ofDays(7);
    static final String LEAD_TIME = "lead_time_minutes";

    /** One change of a setting. */
    public record Change(String name, String oldValue, String newValue, String changedBy, Instant changedAt) {
    }

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    PublishingSettings(JdbcTemplate jdbc, AccessPolicy policy, People people, CurrentActor current, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** How long after the internal release the public may get an item at the earliest. */
    @Transactional(readOnly = true)
    public Duration leadTime() {
        return jdbc.queryForList("SELECT setting_value FROM publishing_setting WHERE name = ?", String.class, LEAD_TIME)
                .stream().findFirst().map(v -> Duration.ofMinutes(Long.parseLong(v))).orElse(Duration.ofHours(2));
    }

    @Transactional
    public void setLeadTime(Duration leadTime) {
        Actor actor = people.currentActor();
        if (leadTime == null || leadTime.isNegative() || leadTime.compareTo(MAX_LEAD_TIME) > 0) {
            throw new Refusal("publishing.lead-time.range", MAX_LEAD_TIME.toMinutes());
        }
        Duration before = leadTime();
        boolean lowering = leadTime.compareTo(before) < 0;
        if (lowering ? !policy.mayAnywhere(actor, Action.ADMINISTER) : !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException(lowering ? "Only administrators lower the lead time"
                    : "Only communications and administrators change the lead time");
        }
        if (leadTime.equals(before)) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE publishing_setting SET setting_value = ?, updated_by = ?, updated_at = ? WHERE name = ?",
                String.valueOf(leadTime.toMinutes()), current.nameOrSystem(), now, LEAD_TIME);
        jdbc.update("INSERT INTO publishing_setting_change (name, old_value, new_value, changed_by, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?)", LEAD_TIME, String.valueOf(before.toMinutes()),
                String.valueOf(leadTime.toMinutes()), current.nameOrSystem(), now);
    }

    /** The trail of changes, newest first; for communications and administrators. */
    @Transactional(readOnly = true)
    public List<Change> changes() {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications and administrators see the settings' trail");
        }
        return jdbc.query("SELECT name, old_value, new_value, changed_by, changed_at FROM publishing_setting_change"
                        + " ORDER BY id DESC LIMIT 100",
                (rs, row) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }
}
