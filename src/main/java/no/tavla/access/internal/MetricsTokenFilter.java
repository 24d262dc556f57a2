package no.tavla.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.tavla.access.TavlaRoles;
import no.tavla.shared.ConfigurationProblem;
import no.tavla.shared.FailedAttempts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a monitoring system read the metrics with {@code Authorization: Bearer <TAVLA_METRICS_TOKEN>}, for that one
 * request and without a session. With no token configured, only a signed-in administrator can read them.
 */
public class MetricsTokenFilter extends OncePerRequestFilter {

    static final int MINIMUM_LENGTH = 32;
    private final byte[] token;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the security context strategy of this application context, the one the filter chain reads
     */
    private final FailedAttempts failures;

    public MetricsTokenFilter(String token, SecurityContextHolderStrategy contexts, FailedAttempts failures) {
        this.contexts = contexts;
        this.failures = failures;
        if (token != null && !token.isBlank() && token.trim().length() < MINIMUM_LENGTH) {
            throw new ConfigurationProblem("TAVLA_METRICS_TOKEN", "is shorter than " + MINIMUM_LENGTH + " characters",
                    "Use a long random value, e.g. the output of: openssl rand -hex 32");
        }
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return token == null || !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/prometheus");
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
            byte[] offered = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(token, offered)) {
                failures.failed(request.getRemoteAddr());
            } else {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(new PreAuthenticatedAuthenticationToken("metrics", "n/a",
                        List.of(new SimpleGrantedAuthority("ROLE_" + TavlaRoles.METRICS))));
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
