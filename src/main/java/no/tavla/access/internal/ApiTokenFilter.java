package no.tavla.access.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.tavla.access.ApiTokens;
import no.tavla.access.TavlaRoles;
import no.tavla.shared.FailedAttempts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a machine call Tavla's API with {@code Authorization: Bearer <token>}, for that request only. The token acts
 * as an administrator, and the API chain only opens the import to it.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts;
    private final FailedAttempts failures;

    public ApiTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy contexts, FailedAttempts failures) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (failures.blocked(request.getRemoteAddr())) {
                failures.refuse(response);
                return;
            }
            java.util.Optional<String> name = tokens.authenticate(header.substring(7).trim());
            if (name.isEmpty()) {
                failures.failed(request.getRemoteAddr());
            } else {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-token:"
                        + name.get(), null, List.of(new SimpleGrantedAuthority("ROLE_" + TavlaRoles.ADMIN))));
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
