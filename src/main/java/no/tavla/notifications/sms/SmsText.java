package no.tavla.notifications.sms;

/**
 * How many SMS a text costs: 160 characters of the GSM alphabet in one (153 in each part of a longer one), or 70
 * (67) when it has a character outside it, as the gateways count. Æ, Ø and Å are in the GSM alphabet.
 */
public final class SmsText {

    private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Written with an escape first: two characters' room each. */
    private static final String GSM_EXTENDED = "^{}\\[~]|€";

    private SmsText() {
    }

    /**
     * The text with the typographic marks phones need another alphabet for written plainly («» and curly quotes as
     * ", dashes as -), so an SMS is one SMS: one character outside the GSM alphabet halves what fits.
     */
    public static String plain(String text) {
        return text.replaceAll("[«»“”„‟]", "\"").replaceAll("[‘’‚‛]", "'").replaceAll("[–—‒]", "-")
                .replace('\u00a0', ' ').replace("…", "...");
    }

    public static int segments(String text) {
        int length = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM.indexOf(c) >= 0) {
                length++;
            } else if (GSM_EXTENDED.indexOf(c) >= 0) {
                length += 2;
            } else {
                gsm = false;
                break;
            }
        }
        if (!gsm) {
            int units = text.codePoints().map(cp -> Character.charCount(cp)).sum();
            return units <= 70 ? 1 : (units + 66) / 67;
        }
        return length <= 160 ? 1 : (length + 152) / 153;
    }
}
