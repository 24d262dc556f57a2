package no.tavla.reach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.news.FollowUp;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.Secrets;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final FollowUp followUp;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    Kiosks(JdbcTemplate jdbc, FollowUp followUp, AccessPolicy policy, People people, CurrentActor current,
           Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.update("INSERT INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                unitId, name, Secrets.hash(token), current.nameOrSystem(), Timestamp.from(clock.instant()));
        return token;
    }

    /** The unit's screens, working ones first. */
    @Transactional(readOnly = true)
    public List<Kiosk> list(long unitId) {
        requireManager(unitId);
        return jdbc.query("SELECT id, unit_id, label, created_by, created_at, last_seen_at, revoked_at FROM reach_kiosk"
                        + " WHERE unit_id = ? ORDER BY revoked_at IS NOT NULL, created_at DESC",
                (rs, row) -> new Kiosk(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))),
                unitId);
    }

    @Transactional
    public void revoke(long kioskId) {
        List<Long> unit = jdbc.queryForList("SELECT unit_id FROM reach_kiosk WHERE id = ?", Long.class, kioskId);
        if (unit.isEmpty()) {
            throw new Refusal("kiosk.unknown");
        }
        requireManager(unit.getFirst());
        if (jdbc.update("UPDATE reach_kiosk SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                current.nameOrSystem(), Timestamp.from(clock.instant()), kioskId) == 0) {
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
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM reach_kiosk k JOIN unit u ON u.id = k.unit_id"
                + " WHERE k.token_hash = ? AND k.revoked_at IS NULL AND u.status = 'ACTIVE'", Integer.class,
                Secrets.hash(token));
        return found != null && found > 0;
    }

    /** What the screen with this token shows now; empty for an unknown or revoked token. Needs no sign-in. */
    @Transactional
    public Optional<KioskScreen> screen(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        List<Object[]> found = jdbc.query("SELECT k.unit_id, u.name, k.last_seen_at FROM reach_kiosk k JOIN unit u"
                        + " ON u.id = k.unit_id WHERE k.token_hash = ? AND k.revoked_at IS NULL"
                        + " AND u.status = 'ACTIVE'",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3)}, hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Timestamp seen = (Timestamp) found.getFirst()[2];
        if (seen == null || seen.toInstant().isBefore(now.minus(Duration.ofMinutes(5)))) {
            jdbc.update("UPDATE reach_kiosk SET last_seen_at = ? WHERE token_hash = ?", Timestamp.from(now), hash);
        }
        long unitId = (Long) found.getFirst()[0];
        return Optional.of(new KioskScreen((String) found.getFirst()[1], followUp.onDisplayFor(unitId, now, 20)));
    }

    private void requireManager(long unitId) {
        if (!mayManage(unitId)) {
            throw new AccessDeniedException("Only the unit's managers look after its screens");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
