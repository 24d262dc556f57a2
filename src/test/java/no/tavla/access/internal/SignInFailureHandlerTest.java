package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class SignInFailureHandlerTest {

    @Test
    void aCancelledSignInIsReportedAsCancelled() {
        assertThat(SignInFailureHandler.reasonFor(new OAuth2AuthenticationException(new OAuth2Error("access_denied"))))
                .isEqualTo("cancelled");
    }

    @Test
    void anUnreachableIdentityProviderIsReportedAsUnavailable() {
        var unavailable = new LazyClientRegistrationRepository.IdentityProviderUnavailable("https://idp",
                new IllegalStateException("connection refused"));
        var wrapped = new OAuth2AuthenticationException(new OAuth2Error("server_error"), unavailable);
        assertThat(SignInFailureHandler.reasonFor(wrapped)).isEqualTo("unavailable");
    }

    @Test
    void anythingElseIsAPlainFailure() {
        assertThat(SignInFailureHandler.reasonFor(new OAuth2AuthenticationException(new OAuth2Error("invalid_token"))))
                .isEqualTo("failed");
    }
}
