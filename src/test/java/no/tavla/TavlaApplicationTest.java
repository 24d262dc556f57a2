package no.tavla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JVM settings Tavla makes before Spring starts, and that an operator's own win. */
class TavlaApplicationTest {

    private final String before = System.getProperty(TavlaApplication.WEBSOCKET_BUFFER);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(TavlaApplication.WEBSOCKET_BUFFER);
        } else {
            System.setProperty(TavlaApplication.WEBSOCKET_BUFFER, before);
        }
    }

    @Test
    void pushConnectionsGetSmallBuffersUnlessTheOperatorSetsThem() {
        System.clearProperty(TavlaApplication.WEBSOCKET_BUFFER);
        TavlaApplication.smallPushBuffers();
        assertThat(System.getProperty(TavlaApplication.WEBSOCKET_BUFFER)).isEqualTo("2048");

        System.setProperty(TavlaApplication.WEBSOCKET_BUFFER, "8192");
        TavlaApplication.smallPushBuffers();
        assertThat(System.getProperty(TavlaApplication.WEBSOCKET_BUFFER)).isEqualTo("8192");
    }
}
