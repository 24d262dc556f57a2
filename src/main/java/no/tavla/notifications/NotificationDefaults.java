package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices of everyone who has made none of their own, set by administrators: e-mail at once for important and
 * must-read items, the digest's frequency, quiet hours and must-read by SMS. What a person chose themselves stays
 * theirs; a change applies to what is released from then on.
 */
@Service
public class NotificationDefaults {

    /** Who changed the defaults last, and when. */
    public record Changed(String by, Instant at) {
    }

    private final PreferenceStore store;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    NotificationDefaults(PreferenceStore store, AccessPolicy policy, People people, CurrentActor current,
                         Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    public Choices current() {
        return store.defaults();
    }

    public Optional<Changed> changed() {
        return store.defaultsChanged().map((Map.Entry<String, Instant> e) -> new Changed(e.getKey(), e.getValue()));
    }

    /** For administrators; quiet hours need both ends (null and null: none), and different ones. */
    @Transactional
    public void save(boolean emailAtOnce, Digest digest, LocalTime quietFrom, LocalTime quietTo, boolean sms) {
        if (!policy.mayAnywhere(people.currentActor(), Action.ADMINISTER)) {
            throw new AccessDeniedException("Only administrators set the notification defaults");
        }
        store.saveDefaults(new Choices(emailAtOnce, digest == null ? Digest.DAILY : digest,
                NotificationPreferences.quiet(quietFrom, quietTo), sms, null), clock.instant(), current.nameOrSystem());
    }
}
