package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class MetricsTokenFilterTest {

    private static final SecurityContextHolderStrategy CONTEXTS = SecurityContextHolder.getContextHolderStrategy();

    @Test
    void aShortMetricsTokenStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new MetricsTokenFilter("short", CONTEXTS))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_METRICS_TOKEN");
    }

    @Test
    void noTokenAtAllIsAllowedAndMeansAdministratorsOnly() {
        assertThatCode(() -> new MetricsTokenFilter("", CONTEXTS)).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsTokenFilter(null, CONTEXTS)).doesNotThrowAnyException();
    }
}
