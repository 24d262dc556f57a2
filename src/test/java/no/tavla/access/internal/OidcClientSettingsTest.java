package no.tavla.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;

class OidcClientSettingsTest {

    private static OidcProperties properties(String issuer, String clientId, String secret, String authorizationUri,
                                             String tokenUri, String jwkSetUri) {
        return new OidcProperties(issuer, clientId, secret, authorizationUri, tokenUri, jwkSetUri, null, null,
                List.of("openid", "profile", "email"), "roles", List.of("ADMIN"), List.of("COMMUNICATIONS"),
                "employee_number");
    }

    @Test
    void aMissingIssuerStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> OidcClientSettings.from(properties(null, "tavla", "secret", null, null, null)))
                .isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("TAVLA_OIDC_ISSUER_URI");
    }

    @Test
    void aMissingClientIdOrSecretStopsStartUpNamingTheVariable() {
        String issuer = "https://login.microsoftonline.com/tenant/v2.0";
        assertThatThrownBy(() -> OidcClientSettings.from(properties(issuer, " ", "secret", null, null, null)))
                .hasMessageContaining("TAVLA_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> OidcClientSettings.from(properties(issuer, "tavla", "", null, null, null)))
                .hasMessageContaining("TAVLA_OIDC_CLIENT_SECRET");
    }

    @Test
    void anIssuerMustBeHttpsExceptOnThisMachine() {
        assertThatThrownBy(() -> OidcClientSettings.from(
                properties("http://sso.kommune.no/realms/k", "tavla", "secret", null, null, null)))
                .hasMessageContaining("TAVLA_OIDC_ISSUER_URI").hasMessageContaining("https");
        assertThatThrownBy(() -> OidcClientSettings.from(properties("not a url", "tavla", "secret", null, null, null)))
                .hasMessageContaining("TAVLA_OIDC_ISSUER_URI");
        assertThat(OidcClientSettings.from(properties("http://localhost:8180/realms/k", "tavla", "s", null, null, null))
                .issuerUri()).isEqualTo("http://localhost:8180/realms/k");
    }

    @Test
    void withoutExplicitEndpointsTheyAreDiscoveredLater() {
        OidcClientSettings settings = OidcClientSettings.from(
                properties("https://sso.kommune.no/realms/kommune", "tavla", "secret", null, null, null));
        assertThat(settings.endpoints()).isNull();
        assertThat(settings.scopes()).contains("openid");
    }

    @Test
    void explicitEndpointsMustBeGivenTogether() {
        assertThatThrownBy(() -> OidcClientSettings.from(properties("https://sso.kommune.no/realms/k", "tavla",
                "secret", "https://sso.kommune.no/auth", null, null)))
                .hasMessageContaining("TAVLA_OIDC_TOKEN_URI");
    }

    @Test
    void scopesWithoutOpenidAreRefused() {
        OidcProperties noOpenid = new OidcProperties("https://sso.kommune.no/realms/k", "tavla", "secret", null, null,
                null, null, null, List.of("profile"), "roles", List.of(), List.of(), "employee_number");
        assertThatThrownBy(() -> OidcClientSettings.from(noOpenid)).hasMessageContaining("TAVLA_OIDC_SCOPES");
    }
}
