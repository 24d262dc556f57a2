package no.tavla.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.shared.Secrets;
import no.tavla.access.internal.TokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens that administrators make and revoke. Only a SHA-256 hash is stored, so a leaked database leaks no
 * working token; the token is shown once, when it is made.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "tavla_";

    private final TokenStore store;
    private final AccessPolicy policy;
    private final CurrentActor current;
    private final Clock clock;

    ApiTokens(TokenStore store, AccessPolicy policy, CurrentActor current, Clock clock) {
        this.store = store;
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
        store.insert(label, hash(token), current.nameOrSystem(), clock.instant());
        return token;
    }

    public List<ApiToken> list() {
        policy.requireAnywhere(Action.ADMINISTER);
        return store.all();
    }

    @Transactional
    public void revoke(long id) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (!store.revoke(id, current.nameOrSystem(), clock.instant())) {
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
        Optional<String> name = store.working(hash);
        name.ifPresent(found -> store.used(hash, clock.instant()));
        return name;
    }

    static String hash(String token) {
        return Secrets.hash(token);
    }
}
