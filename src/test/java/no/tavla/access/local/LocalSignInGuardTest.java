package no.tavla.access.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;

class LocalSignInGuardTest {

    @Test
    void theLocalProfileListensOnLoopback() {
        assertThatCode(() -> LocalSignInConfiguration.requireLoopback("127.0.0.1", false)).doesNotThrowAnyException();
        assertThatCode(() -> LocalSignInConfiguration.requireLoopback("localhost", false)).doesNotThrowAnyException();
        assertThatCode(() -> LocalSignInConfiguration.requireLoopback("::1", false)).doesNotThrowAnyException();
    }

    @Test
    void theLocalProfileRefusesToListenOnEveryInterface() {
        assertThatThrownBy(() -> LocalSignInConfiguration.requireLoopback("0.0.0.0", false))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("SERVER_ADDRESS");
        assertThatThrownBy(() -> LocalSignInConfiguration.requireLoopback(null, false))
                .isInstanceOf(ConfigurationProblem.class);
        assertThatThrownBy(() -> LocalSignInConfiguration.requireLoopback("10.0.0.5", false))
                .isInstanceOf(ConfigurationProblem.class);
    }

    @Test
    void anExplicitFlagAllowsOtherAddresses() {
        assertThatCode(() -> LocalSignInConfiguration.requireLoopback("0.0.0.0", true)).doesNotThrowAnyException();
    }

    @Test
    void theSignInPageEscapesWhatItShows() {
        String page = LocalSignInServer.LocalSignInPage.html(java.util.List.of(new DemoPerson("x\"><script>", "Ola <b>",
                "t", "k", "1", java.util.List.of())));
        org.assertj.core.api.Assertions.assertThat(page).doesNotContain("x\"><script>").doesNotContain("Ola <b>")
                .contains("Ola &lt;b&gt;");
    }
}
