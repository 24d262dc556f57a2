package no.tavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import no.tavla.support.TavlaIntegrationTest;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each push connection gets Atmosphere's never-used buffers at their small size, in the running server. */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushBuffersIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext context;

    @Test
    void atmosphereMakesEachConnectionsUnusedBuffersSmall() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/feed.json"))
                .build(), HttpResponse.BodyHandlers.discarding());
        AtmosphereFramework atmosphere = Collections.list(context.getAttributeNames()).stream()
                .filter(name -> context.getAttribute(name) instanceof AtmosphereFramework)
                .map(name -> (AtmosphereFramework) context.getAttribute(name))
                .findFirst().orElseThrow();
        assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(PushBuffers.UNUSED_BUFFER_CHARS);
        assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE))
                .isEqualTo("16384");
    }
}
