package no.tavla.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.organisation.SignedInAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every open session true to what Tavla knows now, on each request: a session older than the absolute
 * lifetime ends; a person deactivated (by HR or an administrator) is signed out; roles given or taken back in Tavla
 * take effect, for the route guards as for the services (which read them anew themselves). Sessions of people who are
 * not signed in (the sign-in under way, a staff-room screen) end after a short idle time, so anonymous requests cannot
 * fill the memory.
 *
 * @see "docs/decisions/0012-sessions-follow-the-records.md"
 */
final class SessionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final People people;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final Clock clock;
    private final Duration maxAge;
    private final Duration signedInIdle;
    private final Duration anonymousIdle;

    SessionGuard(People people, SecurityContextHolderStrategy contexts, Clock clock, Duration maxAge,
                 Duration signedInIdle, Duration anonymousIdle) {
        this.people = people;
        this.contexts = contexts;
        this.clock = clock;
        this.maxAge = maxAge;
        this.signedInIdle = signedInIdle;
        this.anonymousIdle = anonymousIdle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > maxAge.toMillis()) {
            log.debug("Ended a session older than {}", maxAge);
            end(request, session);
            session = null;
        }
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token && session != null) {
            SignedInAccess access = people.access(token.getName());
            if (!access.active()) {
                log.info("Ended the session of a person who is no longer active (person {})",
                        access.personId().orElse(null));
                end(request, session);
                session = null;
            } else {
                refreshRoles(request, response, token, access);
                keepIdle(session, signedInIdle);
            }
        } else if (session != null && (authentication == null
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
            keepIdle(session, anonymousIdle);
        }
        chain.doFilter(request, response);
    }

    /** The route guards see the roles Tavla assigns now, beside the identity provider's claims at sign-in. */
    private void refreshRoles(HttpServletRequest request, HttpServletResponse response, OAuth2AuthenticationToken token,
                              SignedInAccess access) {
        Set<String> claimed = token.getPrincipal() instanceof TavlaOidcUser user ? user.claimedRoles() : null;
        if (claimed == null) {
            return; // signed in some other way (a test's principal): nothing to refresh against
        }
        Set<GrantedAuthority> wanted = new HashSet<>();
        for (GrantedAuthority authority : token.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null || !name.startsWith("ROLE_")) {
                wanted.add(authority);
            }
        }
        claimed.forEach(role -> wanted.add(new SimpleGrantedAuthority("ROLE_" + role)));
        for (Role role : access.assignedRoles()) {
            wanted.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        if (wanted.equals(new HashSet<>(token.getAuthorities()))) {
            return;
        }
        TavlaOidcUser user = ((TavlaOidcUser) token.getPrincipal()).withAuthorities(wanted);
        OAuth2AuthenticationToken refreshed = new OAuth2AuthenticationToken(user, wanted,
                token.getAuthorizedClientRegistrationId());
        refreshed.setDetails(token.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(refreshed);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }

    private void end(HttpServletRequest request, HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // ended meanwhile
        }
        contexts.clearContext();
        request.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private static void keepIdle(HttpSession session, Duration idle) {
        int seconds = (int) idle.toSeconds();
        if (session.getMaxInactiveInterval() != seconds) {
            session.setMaxInactiveInterval(seconds);
        }
    }
}
