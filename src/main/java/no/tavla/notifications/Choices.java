package no.tavla.notifications;

import no.tavla.news.ItemKind;

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

    /** The kinds that go by e-mail at once; the rest waits for the digest. */
    static final java.util.Set<ItemKind> AT_ONCE = java.util.Set.of(ItemKind.IMPORTANT, ItemKind.MUST_READ);

    /** What a person who has chosen nothing gets. */
    public static final Choices DEFAULT = new Choices(true, Digest.DAILY, Timing.Quiet.NONE, true, null);

    public Choices {
        digest = digest == null ? Digest.DAILY : digest;
        quiet = quiet == null ? Timing.Quiet.NONE : quiet;
        smsNumber = smsNumber == null || smsNumber.isBlank() ? null : smsNumber;
    }

    /*
     * Which channels an item reaches the person on, by these choices: the one rule the fan-out
     * (ReleaseNotifications), the write page's forecast (ChannelCounts) and the sending (OutboxJob) follow.
     */

    /** Important and must-read items by e-mail when they are released, to those HR gives an address. */
    public boolean emailAtOnce(ItemKind kind, boolean hasEmail) {
        return hasEmail && emailAtOnce && AT_ONCE.contains(kind);
    }

    /** Everything else, and what they chose not to get at once, in the digest (unless they chose none). */
    public boolean inDigest(ItemKind kind, boolean hasEmail) {
        return hasEmail && !emailAtOnce(kind, true) && digest != Digest.NONE;
    }

    /** The number an SMS goes to: their own, else HR's; null for none. */
    public String smsNumberOr(String hrMobile) {
        return smsNumber != null ? smsNumber : hrMobile;
    }

    /** Must-read items by SMS to those without a work PC or without a work e-mail address, who have a number. */
    public boolean bySms(ItemKind kind, boolean hasEmail, boolean hasWorkComputer, String hrMobile) {
        return kind == ItemKind.MUST_READ && sms && smsNumberOr(hrMobile) != null && (!hasWorkComputer || !hasEmail);
    }

    /** E-mail choices, with SMS as by default (to the number HR gives). */
    public Choices(boolean emailAtOnce, Digest digest, Timing.Quiet quiet) {
        this(emailAtOnce, digest, quiet, true, null);
    }
}
