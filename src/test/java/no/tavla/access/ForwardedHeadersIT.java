package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers count only from the proxies in {@code TAVLA_TRUSTED_PROXIES}. Here the one proxy is elsewhere,
 * so this test, on loopback, is any intranet client: what it claims in {@code X-Forwarded-*} changes nothing.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tavla.trusted-proxies=192.0.2.10,10.20.0.0/16")
class ForwardedHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFeedsLinkToTavlaWhateverAnUntrustedClientForwards() throws Exception {
        HttpResponse<String> json = get("/public/feed.json");
        assertThat(json.body()).contains("\"feed_url\":\"http://127.0.0.1:" + port + "/public/feed.json\"")
                .doesNotContain("evil.example");
        assertThat(get("/public/feed.atom").body()).doesNotContain("evil.example");
    }

    @Test
    void theSignInRedirectStaysOnTavla() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().doesNotContain("evil.example");
        HttpResponse<String> start = get("/oauth2/authorization/tavla");
        assertThat(java.net.URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("evil.example")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/tavla");
    }
}
