package no.tavla.access.internal;

import java.net.URI;

/**
 * What a Tavla page may load and run. Vaadin's bootstrap writes inline scripts and its client runs server-sent
 * JavaScript through {@code Function}, and its components set inline styles: so scripts need {@code 'unsafe-inline'}
 * and {@code 'unsafe-eval'}, styles {@code 'unsafe-inline'}. Everything else is this origin only: no other site's
 * scripts, frames, plugins or form targets, and no page of Tavla inside another site's frame. User text cannot use
 * the inline allowance: it is sanitised Markdown without scripts or event handlers (decision 0007).
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** @param logoUrl the municipality's logo, which may live on the municipality's web server */
    static String forApplication(String logoUrl) {
        String images = "'self' data: blob:" + origin(logoUrl).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src " + images + "; font-src 'self' data:; connect-src 'self'; media-src 'self';"
                + " object-src 'none'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    private static java.util.Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() != null && uri.getScheme().equalsIgnoreCase("https") && uri.getHost() != null) {
                return java.util.Optional.of("https://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort()
                        : ""));
            }
        } catch (IllegalArgumentException ignored) {
            // a path in Tavla, already 'self'
        }
        return java.util.Optional.empty();
    }
}
