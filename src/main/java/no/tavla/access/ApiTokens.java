package no.tavla.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.Secrets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens that administrators make and revoke. Only a SHA-256 hash is stored, so a leaked database leaks no
 * working token; the token is shown once, when it is made.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "tavla_";

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final CurrentActor current;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, AccessPolicy policy, CurrentActor current, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.current = current;
        this.clock = clock;
    }

    /** Makes a token and returns its secret, which is never shown again. */
    @Transactional
    public String create(String name) {
        policy.requireAnywhere(Action.ADMINISTER);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new Refusal("tokens.name.required");
        }
        if (label.length() > 100) {
            throw new Refusal("tokens.name.too-long", 100);
        }
        String token = PREFIX + Secrets.newToken();
        jdbc.update("INSERT INTO api_token (name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?)",
                label, hash(token), current.nameOrSystem(), Timestamp.from(clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        policy.requireAnywhere(Action.ADMINISTER);
        return jdbc.query("SELECT id, name, created_by, created_at, last_used_at, revoked_at FROM api_token"
                        + " ORDER BY revoked_at IS NOT NULL, created_at DESC",
                (rs, row) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()));
    }

    @Transactional
    public void revoke(long id) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (jdbc.update("UPDATE api_token SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                current.nameOrSystem(), Timestamp.from(clock.instant()), id) == 0) {
            throw new Refusal("tokens.unknown");
        }
    }

    /** The name of the working token with this secret, noting its use; empty for unknown or revoked tokens. */
    @Transactional
    public Optional<String> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        List<String> names = jdbc.queryForList("SELECT name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
                String.class, hash);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?", Timestamp.from(clock.instant()), hash);
        return Optional.of(names.get(0));
    }

    static String hash(String token) {
        return Secrets.hash(token);
    }
}
