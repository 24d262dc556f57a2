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

    public static void out(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        contexts(strategies).clearContext();
    }
}
