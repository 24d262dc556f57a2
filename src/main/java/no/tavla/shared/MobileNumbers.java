package no.tavla.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mobile numbers as HR files and people write them ("912 34 567", "+47 91 23 45 67", "0047 91234567"), made into the
 * one form an SMS gateway wants (E.164: {@code +4791234567}). A Norwegian number without a country code is one of eight
 * digits beginning with 4 or 9 (the mobile series); a number with a country code is taken as it is, if it has one.
 */
public final class MobileNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern NORWEGIAN = Pattern.compile("[49]\\d{7}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{6,14}");

    private MobileNumbers() {
    }

    /** The number in E.164, or empty if it is no mobile number. */
    public static Optional<String> normalised(String written) {
        if (written == null || written.isBlank() || written.length() > 40) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(written.strip()).replaceAll("");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        if (NORWEGIAN.matcher(number).matches()) {
            return Optional.of("+47" + number);
        }
        if (number.startsWith("+47")) {
            return NORWEGIAN.matcher(number.substring(3)).matches() ? Optional.of(number) : Optional.empty();
        }
        return INTERNATIONAL.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
