package no.tavla.notifications;

/**
 * How a person wants to be told. Crisis messages (the crisis issue) ignore all of it.
 *
 * @param emailAtOnce important and must-read items by e-mail when they are released
 * @param digest      how often the digest of the rest comes
 * @param quiet       hours in which nothing but a crisis is sent; what waits goes at their end
 */
public record Choices(boolean emailAtOnce, Digest digest, Timing.Quiet quiet) {

    /** What a person who has chosen nothing gets. */
    public static final Choices DEFAULT = new Choices(true, Digest.DAILY, Timing.Quiet.NONE);

    public Choices {
        digest = digest == null ? Digest.DAILY : digest;
        quiet = quiet == null ? Timing.Quiet.NONE : quiet;
    }
}
