package no.tavla.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The municipality's logo as bytes, for what cannot point at Tavla for it (printouts, e-mails): the profile's own logo,
 * a file, or an https address fetched once. A logo that cannot be read leaves the notice or e-mail without one, never
 * without the notice or e-mail; it is tried again after a while.
 */
@Component
public class MunicipalityLogo {

    private static final Logger LOG = LoggerFactory.getLogger(MunicipalityLogo.class);
    private static final int MAX_BYTES = 1024 * 1024;

    private static final long RETRY_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    /** The logo's bytes and their type: {@code image/svg+xml}, {@code image/png} or {@code image/jpeg}. */
    public record Logo(byte[] bytes, String type) {

        /** As a data address, for a page or PDF that carries it. */
        public String dataUrl() {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }

    private final String location;
    private volatile Optional<Logo> logo;
    private volatile long failedAt;

    MunicipalityLogo(MunicipalityProperties municipality) {
        this.location = municipality.logoUrl().strip();
    }

    /** The logo, or empty when there is none that can be read. */
    public Optional<Logo> logo() {
        Optional<Logo> known = logo;
        // a logo that could not be read is tried again after a while (the web server may have been down)
        if (known == null || (known.isEmpty() && System.nanoTime() - failedAt > RETRY_NANOS)) {
            known = read().flatMap(MunicipalityLogo::recognised);
            if (known.isEmpty()) {
                failedAt = System.nanoTime();
            }
            logo = known;
        }
        return known;
    }

    private Optional<byte[]> read() {
        try {
            if (location.startsWith("https://") || location.startsWith("http://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
            }
            if (location.startsWith("file:")) {
                return Optional.of(Files.readAllBytes(Path.of(URI.create(location))));
            }
            try (InputStream in = MunicipalityLogo.class.getResourceAsStream("/META-INF/resources" + location)) {
                return in == null ? Optional.empty() : Optional.of(in.readNBytes(MAX_BYTES));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The logo {} could not be read; notices and e-mails go without it: {}", location, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The bytes as a logo, if they are SVG, PNG or JPEG (and not too large). */
    static Optional<Logo> recognised(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        String type;
        if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            type = "image/png";
        } else if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            type = "image/jpeg";
        } else if (new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).contains("<svg")) {
            type = "image/svg+xml";
        } else {
            LOG.warn("The logo is neither SVG, PNG nor JPEG; notices and e-mails go without it");
            return Optional.empty();
        }
        return Optional.of(new Logo(bytes, type));
    }
}
