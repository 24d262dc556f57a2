package no.tavla.notifications;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a notification could not be sent, as it is kept on its row: a code Tavla translates for the administrators'
 * page, then the other side's own words (the mail server's or the SMS gateway's answer), e.g.
 * {@code [sms-refused] 400: invalid destination}. A row written before the codes is shown as it was written.
 */
public enum FailureReason {
    /** The mail server (or the message's making) failed; the detail is what it said. */
    MAIL,
    /** The SMS gateway could not be reached. */
    SMS_UNREACHABLE,
    /** Sending was interrupted (Tavla was stopping). */
    SMS_INTERRUPTED,
    /** The SMS gateway refused the message; the detail is its status and answer. */
    SMS_REFUSED;

    private static final Pattern CODED = Pattern.compile("^\\[([a-z\\-]+)\\] ?(.*)$", Pattern.DOTALL);

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the reason's text; its one parameter is the detail. */
    public String key() {
        return "notification.reason." + code();
    }

    /** The reason as kept, with the other side's words (none when null or blank). */
    public String with(String detail) {
        return "[" + code() + "]" + (detail == null || detail.isBlank() ? "" : " " + detail.strip());
    }

    /**
     * A kept reason as people read it: {@code translate} gets the reason's key and its detail; a reason without a
     * known code comes back as it is.
     */
    public static String shown(String stored, BiFunction<String, String, String> translate) {
        if (stored == null) {
            return "";
        }
        Matcher coded = CODED.matcher(stored);
        return coded.matches() ? known(coded.group(1)).map(r -> translate.apply(r.key(), coded.group(2)))
                .orElse(stored) : stored;
    }

    /**
     * Whether a reason already carries one of Tavla's codes (a gateway's refusal does; an exception's message does
     * not, even when the mail server's words begin with something in brackets).
     */
    static boolean isCoded(String reason) {
        if (reason == null) {
            return false;
        }
        Matcher coded = CODED.matcher(reason);
        return coded.matches() && known(coded.group(1)).isPresent();
    }

    private static Optional<FailureReason> known(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst();
    }
}
