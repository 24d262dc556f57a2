package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Value;

/** The doors that are not views: health, metrics, and the way into sign-in. */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsIT {

    @LocalServerPort
    int port;

    @Value("${tavla.metrics.token}")
    String metricsToken;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublicIncludesTheDatabaseAndCreatesNoSession() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void metricsNeedTheTokenOrASignIn() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", "Bearer wrong-token-wrong-token-wrong-token")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", "Bearer " + metricsToken);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        assertThat(get("/actuator/env", "Authorization", "Bearer " + metricsToken).statusCode())
                .isIn(401, 403, 404);
        assertThat(get("/actuator/beans").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void anyPageLeadsAnAnonymousVisitorToSignIn() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().endsWith("/oauth2/authorization/tavla");
    }

    @Test
    void signInUsesTheAuthorizationCodeFlowWithPkce() throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/tavla");
        assertThat(start.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location).contains("/authorize?").contains("response_type=code")
                .contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("scope=openid");
    }

    @Test
    void theVisualProfileIsServedWithoutSignIn() throws Exception {
        HttpResponse<String> css = get("/profile/tavla.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--tavla-color-primary");
        assertThat(get("/profile/print.css").body()).contains("@media print");
    }

    @Test
    void aServerErrorPageShowsNoStackTrace() throws Exception {
        HttpResponse<String> error = get("/error", "Accept", "text/html");
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
