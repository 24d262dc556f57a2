package no.tavla.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs in for calling services directly, in the application's own security context strategy (Vaadin installs its
 * own, so the JVM-wide default is the wrong one once several test contexts run).
 */
public final class ServiceSignIn {

    private ServiceSignIn() {
    }

    public static SecurityContextHolderStrategy contexts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        return strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Signs in as the subject: an employee, with the further roles given (such as "COMMUNICATIONS"). */
    public static void as(ObjectProvider<SecurityContextHolderStrategy> strategies, String subject, String... roles) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE")));
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        contexts(strategies).getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(subject, "n/a", authorities));
    }

    /**
     * Signs in as a person the way the OIDC sign-in does: the session holds {@code sessionRoles} (what was true at
     * sign-in, including roles Tavla had assigned then), of which only {@code claimedRoles} came from the identity
     * provider.
     */
    public static void asPerson(ObjectProvider<SecurityContextHolderStrategy> strategies, String subject,
                                java.util.Set<String> claimedRoles, java.util.Set<String> sessionRoles) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE")));
        sessionRoles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        java.util.Set<String> claimed = new java.util.HashSet<>(claimedRoles);
        claimed.add("EMPLOYEE");
        org.springframework.security.oauth2.core.oidc.OidcIdToken token = new org.springframework.security.oauth2.core
                .oidc.OidcIdToken("token", java.time.Instant.now(), java.time.Instant.now().plusSeconds(3600),
                java.util.Map.of("sub", subject));
        contexts(strategies).getContext().setAuthentication(
                new org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken(
                        new SignedInTestPerson(authorities, token, claimed), authorities, "tavla"));
    }

    /** A principal that knows which roles its sign-in claimed, as Tavla's own does. */
    static final class SignedInTestPerson extends org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser
            implements no.tavla.shared.CurrentActor.ClaimedRoles {
        private final java.util.Set<String> claimed;

        SignedInTestPerson(List<SimpleGrantedAuthority> authorities,
                           org.springframework.security.oauth2.core.oidc.OidcIdToken token, java.util.Set<String> claimed) {
            super(authorities, token, "sub");
            this.claimed = java.util.Set.copyOf(claimed);
        }

        @Override
        public java.util.Set<String> claimedRoles() {
            return claimed;
        }
    }

    public static void out(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        contexts(strategies).clearContext();
    }
}
