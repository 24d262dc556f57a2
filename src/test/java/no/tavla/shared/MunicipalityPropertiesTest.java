package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The municipality's settings: what an operator may leave out, and what Tavla refuses to start with. */
class MunicipalityPropertiesTest {

    @Test
    void theAccessibilityContactAndStatementMayBeLeftOut() {
        MunicipalityProperties municipality = new MunicipalityProperties("Løten kommune", "/profile/logo.svg", null,
                " ");
        assertThat(municipality.accessibilityContact()).isEmpty();
        assertThat(municipality.accessibilityStatementUrl()).isEmpty();
    }

    @Test
    void thePublishedStatementMustBeAnHttpsAddress() {
        assertThatThrownBy(() -> new MunicipalityProperties("Løten kommune", "/profile/logo.svg", "it@loten.kommune.no",
                "javascript:alert(1)")).isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_ACCESSIBILITY_STATEMENT_URL");
        assertThat(new MunicipalityProperties("Løten kommune", "/profile/logo.svg", " it@loten.kommune.no ",
                "https://uustatus.no/nb/erklaringer/publisert/1").accessibilityContact())
                .isEqualTo("it@loten.kommune.no");
    }
}
