package no.tavla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tavla: the intranet news and notice board for municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TavlaApplication {

    /** Tomcat's buffers for each push connection (docs/decisions/0015-small-push-buffers.md). */
    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String WEBSOCKET_BUFFER_BYTES = "2048";

    public static void main(String[] args) {
        smallPushBuffers();
        SpringApplication.run(TavlaApplication.class, args);
    }

    /**
     * Every open page keeps a push connection, and Tomcat gives each its own read and write buffers (8 KB each by
     * default); Tavla's push messages are small and come in pieces anyway, so 2 KB. An operator's own setting wins.
     */
    static void smallPushBuffers() {
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, WEBSOCKET_BUFFER_BYTES);
        }
    }
}
