package no.tavla.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visual profile's colours for what cannot use its style sheet (e-mails, whose clients ignore style sheets): read
 * from the profile's {@code tavla.css} (decision 0004), so that a municipality that changes its colour there changes
 * its e-mails too.
 */
public final class ProfileColours {

    /** The profile's default primary colour, when the style sheet has none that can be used. */
    static final String DEFAULT_PRIMARY = "#0b4f9c";
    private static final Pattern PRIMARY = Pattern.compile("--tavla-color-primary\\s*:\\s*(#[0-9a-fA-F]{6})\\b");

    private ProfileColours() {
    }

    /** The primary colour ({@code --tavla-color-primary}), as {@code #rrggbb}. */
    public static String primary() {
        try (InputStream in = ProfileColours.class.getResourceAsStream("/META-INF/resources/profile/tavla.css")) {
            return in == null ? DEFAULT_PRIMARY : primaryIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return DEFAULT_PRIMARY;
        }
    }

    static String primaryIn(String css) {
        Matcher found = PRIMARY.matcher(css);
        return found.find() ? found.group(1).toLowerCase(java.util.Locale.ROOT) : DEFAULT_PRIMARY;
    }
}
