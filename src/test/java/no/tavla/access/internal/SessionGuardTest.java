package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.organisation.SignedInAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

class SessionGuardTest {

    private static final SecurityContextHolderStrategy CONTEXTS = SecurityContextHolder.getContextHolderStrategy();
    private final People people = mock(People.class);

    @AfterEach
    void signOut() {
        CONTEXTS.clearContext();
    }

    private SessionGuard guard(Instant now) {
        return new SessionGuard(people, CONTEXTS, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12),
                Duration.ofHours(8), Duration.ofMinutes(10));
    }

    private static OAuth2AuthenticationToken signedIn(String subject, Set<String> claimed, String... sessionRoles) {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("OIDC_USER"));
        claimed.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        for (String role : sessionRoles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", subject));
        return new OAuth2AuthenticationToken(new TavlaOidcUser(authorities, token, null, claimed), authorities,
                "tavla");
    }

    private MockHttpServletRequest request(MockHttpSession session, Authentication authentication) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        if (authentication != null) {
            CONTEXTS.getContext().setAuthentication(authentication);
        }
        return request;
    }

    @Test
    void aSessionOlderThanTheLifetimeEndsWhateverItsUse() throws Exception {
        MockHttpSession session = new MockHttpSession();
        when(people.access("kari")).thenReturn(new SignedInAccess(Optional.of(1L), true, Set.of(), Map.of()));
        MockHttpServletRequest request = request(session, signedIn("kari", Set.of("EMPLOYEE")));
        guard(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(12).plusSeconds(1)))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(CONTEXTS.getContext().getAuthentication()).as("the rest of the request is anonymous").isNull();
    }

    @Test
    void aYoungerSessionLivesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        when(people.access("kari")).thenReturn(new SignedInAccess(Optional.of(1L), true, Set.of(), Map.of()));
        MockHttpServletRequest request = request(session, signedIn("kari", Set.of("EMPLOYEE")));
        guard(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11)))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(8 * 3600);
    }

    @Test
    void aPersonWhoLeftIsSignedOutAtTheNextRequest() throws Exception {
        MockHttpSession session = new MockHttpSession();
        when(people.access("per")).thenReturn(new SignedInAccess(Optional.of(2L), false, Set.of(), Map.of()));
        MockHttpServletRequest request = request(session, signedIn("per", Set.of("EMPLOYEE"), "MANAGER"));
        guard(Instant.ofEpochMilli(session.getCreationTime())).doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(CONTEXTS.getContext().getAuthentication()).isNull();
    }

    @Test
    void rolesGivenAndTakenBackInTavlaReachTheSessionAndClaimedOnesStay() throws Exception {
        MockHttpSession session = new MockHttpSession();
        when(people.access("ola")).thenReturn(new SignedInAccess(Optional.of(3L), true, Set.of(),
                Map.of(42L, Set.of(Role.EDITOR))));
        MockHttpServletRequest request = request(session, signedIn("ola", Set.of("EMPLOYEE", "ADMIN"), "MANAGER",
                "COMMUNICATIONS"));
        guard(Instant.ofEpochMilli(session.getCreationTime())).doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain());
        Authentication now = CONTEXTS.getContext().getAuthentication();
        assertThat(now.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_EMPLOYEE", "ROLE_ADMIN", "ROLE_EDITOR");
        Object saved = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved).as("kept for the session's next requests").isNotNull();
        assertThat(((org.springframework.security.core.context.SecurityContext) saved).getAuthentication()
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_EDITOR")
                .doesNotContain("ROLE_MANAGER", "ROLE_COMMUNICATIONS");
    }

    @Test
    void aSessionWithNobodySignedInLivesTenMinutesUnused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(8 * 3600);
        guard(Instant.ofEpochMilli(session.getCreationTime())).doFilter(request(session, null),
                new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(600);
    }
}
