package no.tavla.notifications;

/**
 * How a person wants to be told. Crisis messages (the crisis issue) ignore all of it.
 *
 * @param emailAtOnce important and must-read items by e-mail when they are released
 * @param digest      how often the digest of the rest comes
 * @param quiet       hours in which nothing but a crisis is sent; what waits goes at their end
 * @param sms         must-read items by SMS for those without a work PC or e-mail (a crisis comes anyway)
 * @param smsNumber   the person's own number for SMS (E.164), instead of the one HR gives; null: HR's
 */
public record Choices(boolean emailAtOnce, Digest digest, Timing.Quiet quiet, boolean sms, String smsNumber) {

    /** What a person who has chosen nothing gets. */
    public static final Choices DEFAULT = new Choices(true, Digest.DAILY, Timing.Quiet.NONE, true, null);

    public Choices {
        digest = digest == null ? Digest.DAILY : digest;
        quiet = quiet == null ? Timing.Quiet.NONE : quiet;
        smsNumber = smsNumber == null || smsNumber.isBlank() ? null : smsNumber;
    }

    /** E-mail choices, with SMS as by default (to the number HR gives). */
    public Choices(boolean emailAtOnce, Digest digest, Timing.Quiet quiet) {
        this(emailAtOnce, digest, quiet, true, null);
    }
}
