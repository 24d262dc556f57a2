package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.ConfigurationProblem;
import no.tavla.shared.FailedAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class MetricsTokenFilterTest {

    private static final SecurityContextHolderStrategy CONTEXTS = SecurityContextHolder.getContextHolderStrategy();

    @Test
    void aShortMetricsTokenStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new MetricsTokenFilter("short", CONTEXTS, new FailedAttempts(10)))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_METRICS_TOKEN");
    }

    private static final String TOKEN = "metrics-token-0123456789abcdef0123456789";

    private static org.springframework.mock.web.MockHttpServletResponse ask(MetricsTokenFilter filter, String address,
                                                                            String token) throws Exception {
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRequestURI("/actuator/prometheus");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Bearer " + token);
        org.springframework.mock.web.MockHttpServletResponse response =
                new org.springframework.mock.web.MockHttpServletResponse();
        filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
        CONTEXTS.clearContext();
        return response;
    }

    @Test
    void repeatedWrongTokensFromOneAddressAreRefusedBeforeAnyTokenIsLookedAt() throws Exception {
        MetricsTokenFilter filter = new MetricsTokenFilter(TOKEN, CONTEXTS, new FailedAttempts(10));
        for (int i = 0; i < 10; i++) {
            org.assertj.core.api.Assertions.assertThat(ask(filter, "198.51.100.7", "wrong-" + i).getStatus())
                    .isEqualTo(200); // passes on unauthenticated: the chain's entry point answers 401
        }
        org.springframework.mock.web.MockHttpServletResponse limited = ask(filter, "198.51.100.7", TOKEN);
        org.assertj.core.api.Assertions.assertThat(limited.getStatus()).as("even the right token, for now")
                .isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(limited.getHeader("Retry-After")).isNotBlank();
        org.assertj.core.api.Assertions.assertThat(ask(filter, "198.51.100.8", TOKEN).getStatus())
                .as("another address is not slowed").isEqualTo(200);
    }

    @Test
    void noTokenAtAllIsAllowedAndMeansAdministratorsOnly() {
        assertThatCode(() -> new MetricsTokenFilter("", CONTEXTS, new FailedAttempts(10))).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsTokenFilter(null, CONTEXTS, new FailedAttempts(10))).doesNotThrowAnyException();
    }
}
