package no.tavla.access.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The production sign-in, all from the environment ({@code TAVLA_OIDC_*}). Endpoints are discovered from the issuer at
 * the first sign-in, so Tavla starts while the identity provider is down; giving them explicitly skips discovery.
 */
@ConfigurationProperties("tavla.oidc")
public record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri,
        String endSessionUri,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("ADMIN") List<String> adminValues,
        @DefaultValue("COMMUNICATIONS") List<String> communicationsValues,
        @DefaultValue("employee_number") String employeeNumberClaim) {
}
