package no.tavla.reach;

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

import no.tavla.shared.MunicipalityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The municipality's logo for printouts, as an image address a PDF can carry: the profile's own logo, a file, or an
 * https address fetched once. A logo that cannot be read leaves the notice without one, never without the notice.
 */
@Component
class PrintLogo {

    private static final Logger LOG = LoggerFactory.getLogger(PrintLogo.class);
    private static final int MAX_BYTES = 1024 * 1024;

    private static final long RETRY_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private final String location;
    private volatile Optional<String> dataUrl;
    private volatile long failedAt;

    PrintLogo(MunicipalityProperties municipality) {
        this.location = municipality.logoUrl().strip();
    }

    /** The logo as a data address, or empty when there is none to print. */
    Optional<String> dataUrl() {
        Optional<String> known = dataUrl;
        // a logo that could not be read is tried again after a while (the web server may have been down)
        if (known == null || (known.isEmpty() && System.nanoTime() - failedAt > RETRY_NANOS)) {
            known = read().flatMap(PrintLogo::asDataUrl);
            if (known.isEmpty()) {
                failedAt = System.nanoTime();
            }
            dataUrl = known;
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
            try (InputStream in = PrintLogo.class.getResourceAsStream("/META-INF/resources" + location)) {
                return in == null ? Optional.empty() : Optional.of(in.readNBytes(MAX_BYTES));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The logo {} could not be read for printing; notices are printed without it", location, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<String> asDataUrl(byte[] bytes) {
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
            LOG.warn("The logo is neither SVG, PNG nor JPEG; notices are printed without it");
            return Optional.empty();
        }
        return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }
}
