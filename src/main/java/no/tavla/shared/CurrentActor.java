package no.tavla.shared;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for trails ("who did what"): the signed-in person's subject, or empty for the system. Reads this
 * application's security context strategy (Vaadin installs its own), never the JVM-wide default.
 */
@Component
public class CurrentActor {

    private final SecurityContextHolderStrategy contexts;

    CurrentActor(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> name() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }

    /** The actor's roles (authorities without the {@code ROLE_} prefix); empty when nobody is signed in. */
    public java.util.Set<String> roles() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (name().isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> roles = new java.util.HashSet<>();
        authentication.getAuthorities().forEach(a -> {
            if (a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")) {
                roles.add(a.getAuthority().substring(5));
            }
        });
        return roles;
    }

    /**
     * The roles the sign-in itself carries: for a person, those the identity provider's claims gave at sign-in
     * (without the ones Tavla assigned then, which Tavla reads anew); for anything else (a machine's token), all of
     * its roles.
     */
    public java.util.Set<String> claimedRoles() {
        if (name().isEmpty()) {
            return java.util.Set.of();
        }
        if (contexts.getContext().getAuthentication().getPrincipal() instanceof ClaimedRoles claimed) {
            return claimed.claimedRoles();
        }
        return roles();
    }

    /** A signed-in principal that knows which of its roles came from the identity provider. */
    public interface ClaimedRoles {
        java.util.Set<String> claimedRoles();
    }

    /**
     * The task, run as the current actor on whatever thread runs it: background work keeps the access checks and the
     * trail of the person who started it.
     */
    public Runnable carriedTo(Runnable task) {
        org.springframework.security.core.context.SecurityContext context = contexts.getContext();
        return () -> {
            org.springframework.security.core.context.SecurityContext before = contexts.getContext();
            contexts.setContext(context);
            try {
                task.run();
            } finally {
                if (before.getAuthentication() == null) {
                    contexts.clearContext();
                } else {
                    contexts.setContext(before);
                }
            }
        };
    }

    /**
     * The actor's name for a trail ("who did what"): the person's full name from the sign-in where there is one (an
     * Entra ID subject means nothing to a reader), else the sign-in name; {@code system} when nobody is signed in.
     */
    public String nameOrSystem() {
        if (name().isEmpty()) {
            return "system";
        }
        Object principal = contexts.getContext().getAuthentication().getPrincipal();
        if (principal instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser user
                && user.getFullName() != null && !user.getFullName().isBlank()) {
            String full = user.getFullName().strip();
            return full.length() > 200 ? full.substring(0, 200) : full;
        }
        return name().get();
    }
}
