package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production configuration with an identity provider that does not answer: Tavla still starts, stays healthy,
 * and a sign-in lands on the friendly page instead of an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tavla.oidc.issuer-uri=http://localhost:9/realms/kommune",
        "tavla.oidc.client-id=tavla",
        "tavla.oidc.client-secret=not-used-in-this-test"})
@ActiveProfiles("test")
class IdentityProviderDownIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void tavlaStartsAndIsHealthyWhileTheIdentityProviderIsDown() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aSignInWhileTheIdentityProviderIsDownLandsOnTheFriendlyPage() throws Exception {
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/tavla")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).get().asString()
                .endsWith("/sign-in-failed?reason=unavailable");
    }
}
