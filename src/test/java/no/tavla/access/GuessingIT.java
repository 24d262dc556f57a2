package no.tavla.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.tavla.shared.Secrets;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone guessing staff-room and API tokens over HTTP. Each test speaks for its own client address (through the
 * proxy on this machine, which Tavla trusts by default), as a guesser elsewhere in the network would.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuessingIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String client, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", client);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWrongScreenAddressIsNotFoundAndMakesNoSession() throws Exception {
        for (String path : new String[] {"/kiosk/made-up-token-0123456789abcdef", "/kiosk/", "/kiosk",
            "/kiosk/x/y", "/kiosk/%2e%2e", "/kiosk/a%2Fb"}) {
            HttpResponse<String> answer = get(path, "203.0.113.21");
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path + " makes no session").isEmpty();
        }
        assertThat(get("/kiosk/made-up-token-0123456789abcdef", "203.0.113.22").body())
                .contains("Skjermen finnes ikke");
    }

    @Test
    void aRightScreenAddressOpensTheScreen() throws Exception {
        String token = "guessing-it-screen-token-" + System.nanoTime();
        jdbc.update("INSERT INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at)"
                + " SELECT id, 'guessing', ?, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'", Secrets.hash(token));
        HttpResponse<String> answer = get("/kiosk/" + token, "203.0.113.23");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).as("the screen's page has a session")
                .anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void repeatedWrongScreenTokensFromOneAddressAreSlowedDown() throws Exception {
        String guesser = "203.0.113.31";
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            int status = get("/kiosk/guess-" + i + "-0123456789abcdefghij", guesser).statusCode();
            assertThat(status).isIn(404, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("beyond ten a minute, refused at once").isGreaterThanOrEqualTo(5);
        HttpResponse<String> slowed = get("/kiosk/guess-again-0123456789abcdefghij", guesser);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/kiosk/guess-0-0123456789abcdefghij", "203.0.113.32").statusCode())
                .as("another address is not slowed").isEqualTo(404);
    }

    @Test
    void repeatedWrongApiTokensFromOneAddressAreSlowedDown() throws Exception {
        String guesser = "203.0.113.41";
        for (int i = 0; i < 10; i++) {
            assertThat(get("/api/import", guesser, "Authorization", "Bearer tavla_guess-" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(get("/api/import", guesser, "Authorization", "Bearer tavla_guess-x").statusCode()).isEqualTo(429);
        assertThat(get("/api/import", "203.0.113.42", "Authorization", "Bearer tavla_guess-x").statusCode())
                .isEqualTo(401);
    }
}
