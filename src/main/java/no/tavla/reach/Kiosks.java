package no.tavla.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.reading.FollowUp;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import no.tavla.shared.Secrets;
import no.tavla.reach.internal.KioskStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff-room screens: a unit's manager makes an address with a secret token for the screen in the staff room, and
 * revokes it when the screen is lost or moved. The token opens that unit's screen and nothing else: it is no sign-in.
 */
@Service
public class Kiosks {

    public static final int MAX_LABEL = 100;

    private final KioskStore store;
    private final FollowUp followUp;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    Kiosks(KioskStore store, FollowUp followUp, AccessPolicy policy, People people, CurrentActor current,
           Clock clock) {
        this.store = store;
        this.followUp = followUp;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** Makes a screen for the unit and returns its secret token, which is never shown again. */
    @Transactional
    public String create(long unitId, String label) {
        requireManager(unitId);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new Refusal("kiosk.label.required");
        }
        if (name.length() > MAX_LABEL) {
            throw new Refusal("kiosk.label.too-long", MAX_LABEL);
        }
        String token = Secrets.newToken();
        store.insert(unitId, name, Secrets.hash(token), current.nameOrSystem(), clock.instant());
        return token;
    }

    /** The unit's screens, working ones first. */
    @Transactional(readOnly = true)
    public List<Kiosk> list(long unitId) {
        requireManager(unitId);
        return store.of(unitId);
    }

    @Transactional
    public void revoke(long kioskId) {
        long unit = store.unitOf(kioskId).orElseThrow(() -> new Refusal("kiosk.unknown"));
        requireManager(unit);
        if (!store.revoke(kioskId, current.nameOrSystem(), clock.instant())) {
            throw new Refusal("kiosk.unknown");
        }
    }

    /** May the signed-in person make and revoke the unit's screens (its managers, administrators)? */
    public boolean mayManage(long unitId) {
        return people.isSignedIn() && policy.may(people.currentActor(), Action.FOLLOW_UP_REACH, unitId);
    }

    /** Whether a working screen has this token (its unit active, not revoked). Needs no sign-in, makes no session. */
    @Transactional(readOnly = true)
    public boolean exists(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return false;
        }
        return store.working(Secrets.hash(token)).isPresent();
    }

    /** What the screen with this token shows now; empty for an unknown or revoked token. Needs no sign-in. */
    @Transactional
    public Optional<KioskScreen> screen(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        Optional<KioskStore.Working> found = store.working(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant seen = found.get().lastSeenAt();
        if (seen == null || seen.isBefore(now.minus(Duration.ofMinutes(5)))) {
            store.seen(hash, now);
        }
        long unitId = found.get().unitId();
        // the screen speaks the unit's language, as its printed notices do (issue 17)
        Language language = Language.fromTag(found.get().language()).orElse(Language.DEFAULT);
        return Optional.of(new KioskScreen(unitId, found.get().unitName(), language,
                followUp.onDisplayFor(unitId, now, 20, language)));
    }

    private void requireManager(long unitId) {
        if (!mayManage(unitId)) {
            throw new AccessDeniedException("Only the unit's managers look after its screens");
        }
    }
}
