package no.tavla.reach.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.reach.Kiosk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The staff-room screens: their unit, label and token (only its hash is kept), when last seen, when revoked. */
@Repository
public class KioskStore {

    /** A working screen found by its token; {@code language} is its unit's (the tag of its printouts' language). */
    public record Working(long unitId, String unitName, String language, Instant lastSeenAt) {
    }

    private final JdbcTemplate jdbc;

    KioskStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long unitId, String label, String tokenHash, String actor, Instant at) {
        jdbc.update("INSERT INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", unitId, label, tokenHash, actor, Timestamp.from(at));
    }

    /** The unit's screens, working ones first. */
    public List<Kiosk> of(long unitId) {
        return jdbc.query("SELECT id, unit_id, label, created_by, created_at, last_seen_at, revoked_at FROM reach_kiosk"
                        + " WHERE unit_id = ? ORDER BY revoked_at IS NOT NULL, created_at DESC",
                (rs, row) -> new Kiosk(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))),
                unitId);
    }

    public Optional<Long> unitOf(long kioskId) {
        return jdbc.queryForList("SELECT unit_id FROM reach_kiosk WHERE id = ?", Long.class, kioskId).stream()
                .findFirst();
    }

    /** @return whether it was working until now */
    public boolean revoke(long kioskId, String actor, Instant at) {
        return jdbc.update("UPDATE reach_kiosk SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                actor, Timestamp.from(at), kioskId) > 0;
    }

    /** The working screen with this token hash (not revoked, its unit active). */
    public Optional<Working> working(String tokenHash) {
        return jdbc.query("SELECT k.unit_id, u.name, u.print_language, k.last_seen_at FROM reach_kiosk k JOIN unit u"
                        + " ON u.id = k.unit_id WHERE k.token_hash = ? AND k.revoked_at IS NULL"
                        + " AND u.status = 'ACTIVE'",
                (rs, row) -> new Working(rs.getLong(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4))), tokenHash)
                .stream().findFirst();
    }

    public void seen(String tokenHash, Instant at) {
        jdbc.update("UPDATE reach_kiosk SET last_seen_at = ? WHERE token_hash = ?", Timestamp.from(at), tokenHash);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
