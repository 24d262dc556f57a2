package no.tavla.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.tavla.access.ApiToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The API tokens, by the hash of their secret. */
@Repository
public class TokenStore {

    private final JdbcTemplate jdbc;

    TokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String name, String hash, String actor, Instant at) {
        jdbc.update("INSERT INTO api_token (name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?)",
                name, hash, actor, Timestamp.from(at));
    }

    /** Every token, working ones first, newest first. */
    public List<ApiToken> all() {
        return jdbc.query("SELECT id, name, created_by, created_at, last_used_at, revoked_at FROM api_token"
                        + " ORDER BY revoked_at IS NOT NULL, created_at DESC",
                (rs, row) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()));
    }

    /** @return whether it was working until now */
    public boolean revoke(long id, String actor, Instant at) {
        return jdbc.update("UPDATE api_token SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                actor, Timestamp.from(at), id) > 0;
    }

    /** The name of the working token with this hash. */
    public Optional<String> working(String hash) {
        return jdbc.queryForList("SELECT name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
                String.class, hash).stream().findFirst();
    }

    public void used(String hash, Instant at) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?", Timestamp.from(at), hash);
    }
}
