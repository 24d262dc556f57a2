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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Value;

/** The doors that are not views: health, metrics, and the way into sign-in. */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
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
    void healthIsBoundedAndReadinessFollowsTheDatabase() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"db\"").contains("readinessState");
        assertThat(get("/actuator/health/liveness").body()).doesNotContain("\"db\"");
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestWithoutAStackTrace(CapturedOutput output) throws Exception {
        for (String path : List.of("/public/feed.atom", "/public/feed.json", "/", "/actuator/health")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "multipart/form-data")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isNotEqualTo(500);
        }
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/public/feed.atom")).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("FileUploadException").doesNotContain("MultipartException")
                .doesNotContain("\tat org.apache.tomcat");
    }

    @Test
    void unknownPublicAddressesAreNotFound() throws Exception {
        for (String path : List.of("/public/files/-1", "/public/files/abc", "/public/nothing", "/public/news/",
                "/public/news/999999999", "/public/news/abc")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aProxyOnThisMachineMayNameTheHostTheVisitorUsed() throws Exception {
        HttpResponse<String> feed = get("/public/feed.json", "X-Forwarded-Host", "tavla.kommune.no",
                "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443");
        assertThat(feed.body()).contains("\"feed_url\":\"https://tavla.kommune.no/public/feed.json\"");
    }

    @Test
    void pagesTellBrowsersToKeepTheAddressToThemselvesAndWhatMayRun() throws Exception {
        HttpResponse<String> feed = get("/public/feed.json");
        assertThat(feed.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        HttpResponse<String> signedOut = get("/signed-out");
        assertThat(signedOut.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(signedOut.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
    }

    @Test
    void answersAreCompressedForBrowsersThatAcceptIt() throws Exception {
        // a page opened anonymously: its first answer carries the page's whole UIDL, as JSON answers do after it
        HttpResponse<String> page = get("/accessibility", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).as(page.headers().map().toString()).contains("gzip");
        HttpResponse<String> plain = get("/accessibility", "Accept", "text/html");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("<html");
    }

    @Test
    void aServerErrorPageShowsNoStackTrace() throws Exception {
        HttpResponse<String> error = get("/error", "Accept", "text/html");
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
