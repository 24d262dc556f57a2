package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production sign-in as the README's recipes configure it: only the issuer, client id and secret, the endpoints
 * discovered from the issuer, PKCE, and the global roles from configured claim values (like Entra ID app roles).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductionSignInIT {

    private static final MockOAuth2Server IDENTITY_PROVIDER = new MockOAuth2Server(new OAuth2Config(true, null));

    static {
        IDENTITY_PROVIDER.start();
    }

    @DynamicPropertySource
    static void signIn(DynamicPropertyRegistry registry) {
        registry.add("tavla.oidc.issuer-uri", () -> IDENTITY_PROVIDER.issuerUrl("kommune").toString());
        registry.add("tavla.oidc.client-id", () -> "tavla");
        registry.add("tavla.oidc.client-secret", () -> "client-secret-from-the-identity-provider");
        registry.add("tavla.oidc.admin-values", () -> "Tavla.Admin");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Signs in on the identity provider's page and returns where Tavla sends the browser afterwards. */
    private String signIn(String subject, String claimsJson) throws Exception {
        String authorize = location(get("http://localhost:" + port + "/oauth2/authorization/tavla"));
        assertThat(authorize).startsWith(IDENTITY_PROVIDER.authorizationEndpointUrl("kommune").toString())
                .contains("code_challenge_method=S256");
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + "&claims=" + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String callback = location(login);
        assertThat(callback).contains("/login/oauth2/code/tavla?code=");
        return location(get(callback));
    }

    @Test
    void anAdministratorSignsInThroughDiscoveryWithPkceAndGetsTheAdminRoleFromTheClaim() throws Exception {
        String landing = signIn("entra-admin", "{\"name\":\"Siri Dahl\",\"roles\":[\"Tavla.Admin\"]}");
        assertThat(landing).isEqualTo("http://localhost:" + port + "/");
        assertThat(get("http://localhost:" + port + "/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmployeeWithoutTheClaimValueIsNoAdministrator() throws Exception {
        signIn("entra-employee", "{\"name\":\"Kari Nordmann\",\"roles\":[\"ADMIN\"]}");
        assertThat(get("http://localhost:" + port + "/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(get("http://localhost:" + port + "/").statusCode()).isEqualTo(200);
    }
}
