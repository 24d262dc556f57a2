package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;

class MetricsTokenFilterTest {

    @Test
    void aShortMetricsTokenStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new MetricsTokenFilter("short"))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_METRICS_TOKEN");
    }

    @Test
    void noTokenAtAllIsAllowedAndMeansAdministratorsOnly() {
        assertThatCode(() -> new MetricsTokenFilter("")).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsTokenFilter(null)).doesNotThrowAnyException();
    }
}
