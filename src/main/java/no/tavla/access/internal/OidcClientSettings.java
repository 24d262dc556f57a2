package no.tavla.access.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import no.tavla.shared.ConfigurationProblem;

/**
 * A checked sign-in configuration. Either all endpoints are known, or they are discovered from the issuer.
 */
public record OidcClientSettings(
        String issuerUri,
        String clientId,
        String clientSecret,
        Endpoints endpoints,
        List<String> scopes) {

    /** Explicit endpoints; {@code userInfoUri} and {@code endSessionUri} may be null. */
    public record Endpoints(String authorizationUri, String tokenUri, String jwkSetUri, String userInfoUri,
                            String endSessionUri) {
    }

    /** Checks the production settings and names the first variable that is missing or wrong. */
    static OidcClientSettings from(OidcProperties p) {
        String issuer = required(p.issuerUri(), "TAVLA_OIDC_ISSUER_URI",
                "Set TAVLA_OIDC_ISSUER_URI to the identity provider's issuer, e.g. "
                        + "https://login.microsoftonline.com/<tenant-id>/v2.0 or https://sso.kommune.no/realms/kommune.");
        url(issuer, "TAVLA_OIDC_ISSUER_URI");
        String clientId = required(p.clientId(), "TAVLA_OIDC_CLIENT_ID",
                "Set TAVLA_OIDC_CLIENT_ID to the client (application) id registered for Tavla.");
        String secret = required(p.clientSecret(), "TAVLA_OIDC_CLIENT_SECRET",
                "Set TAVLA_OIDC_CLIENT_SECRET to the client secret registered for Tavla.");
        Endpoints endpoints = null;
        boolean anyExplicit = present(p.authorizationUri()) || present(p.tokenUri()) || present(p.jwkSetUri());
        if (anyExplicit) {
            endpoints = new Endpoints(
                    url(required(p.authorizationUri(), "TAVLA_OIDC_AUTHORIZATION_URI", explicitHint()),
                            "TAVLA_OIDC_AUTHORIZATION_URI"),
                    url(required(p.tokenUri(), "TAVLA_OIDC_TOKEN_URI", explicitHint()), "TAVLA_OIDC_TOKEN_URI"),
                    url(required(p.jwkSetUri(), "TAVLA_OIDC_JWK_SET_URI", explicitHint()), "TAVLA_OIDC_JWK_SET_URI"),
                    present(p.userInfoUri()) ? url(p.userInfoUri(), "TAVLA_OIDC_USER_INFO_URI") : null,
                    present(p.endSessionUri()) ? url(p.endSessionUri(), "TAVLA_OIDC_END_SESSION_URI") : null);
        }
        if (p.scopes() == null || !p.scopes().contains("openid")) {
            throw new ConfigurationProblem("TAVLA_OIDC_SCOPES", "must include openid",
                    "Leave TAVLA_OIDC_SCOPES unset, or list openid,profile,email and any extra scopes.");
        }
        return new OidcClientSettings(issuer, clientId, secret, endpoints, List.copyOf(p.scopes()));
    }

    private static String explicitHint() {
        return "Give all of TAVLA_OIDC_AUTHORIZATION_URI, TAVLA_OIDC_TOKEN_URI and TAVLA_OIDC_JWK_SET_URI, "
                + "or none of them to discover them from the issuer.";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String required(String value, String variable, String fix) {
        if (!present(value)) {
            throw new ConfigurationProblem(variable, "is not set", fix);
        }
        return value.trim();
    }

    /** An absolute http(s) URL; plain http only for this machine, since tokens travel over it. */
    private static String url(String value, String variable) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem(variable, "is not a URL: " + value, "Give an absolute https URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && local))) {
            throw new ConfigurationProblem(variable, "must be an absolute https URL, not " + value,
                    "Give the identity provider's https address.");
        }
        return value;
    }
}
