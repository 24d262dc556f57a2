package no.tavla.access.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local identity provider runs for days on a demo instance: it must not keep what it is asked. */
class LocalSignInServerTest {

    private final LocalSignInServer server = LocalSignInServer.start(0, List.of());

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void answersWithoutKeepingTheRequestsItReceives() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create(server.issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(server.issuer());
        }
        assertThat(server.oldestKeptRequest()).isEmpty();
    }
}
