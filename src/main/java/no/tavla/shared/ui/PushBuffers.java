package no.tavla.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Atmosphere gives every push connection a byte buffer and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 * each (16 KB and 32 KB, as Vaadin sets it) that it never writes to: it only clears them when the connection closes.
 * With a page open for every employee that is ~48 KB of each session's heap for nothing, so Tavla sets the size to
 * 256 once Vaadin has set up Atmosphere; the sizes of the messages Atmosphere accepts are separate settings and stay
 * as Vaadin has them (docs/decisions/0015-small-push-buffers.md).
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String UNUSED_BUFFER_CHARS = "256";

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
            ServletContext context = service.getServlet().getServletContext();
            String name = JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName());
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                small(atmosphere);
            } else {
                LOG.debug("No Atmosphere set up for {}: push buffers left as they are", name);
            }
        }
    }

    /** Connections opened from now on get the small unused buffers. */
    static void small(AtmosphereFramework atmosphere) {
        atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_CHARS);
    }
}
