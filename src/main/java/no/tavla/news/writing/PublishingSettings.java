package no.tavla.news.writing;

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
import no.tavla.news.internal.SettingStore;
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

    private final SettingStore store;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    PublishingSettings(SettingStore store, AccessPolicy policy, People people, CurrentActor current, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** How long after the internal release the public may get an item at the earliest. */
    public Duration leadTime() {
        return store.value(LEAD_TIME).map(v -> Duration.ofMinutes(Long.parseLong(v))).orElse(Duration.ofHours(2));
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
        store.change(LEAD_TIME, String.valueOf(before.toMinutes()), String.valueOf(leadTime.toMinutes()),
                current.nameOrSystem(), clock.instant());
    }

    /** The trail of changes, newest first; for communications and administrators. */
    public List<Change> changes() {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications and administrators see the settings' trail");
        }
        return store.changes(100);
    }
}
