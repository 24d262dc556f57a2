package no.tavla.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Time as people in a Norwegian municipality read it: Europe/Oslo, always with the date. */
public final class TavlaTime {

    /** Every time shown or entered in Tavla is in this zone; instants are stored. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private TavlaTime() {
    }

    /** An instant as a local date and time, e.g. "22. nov. 2026, 08:15" or "22 Nov 2026, 08:15". */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }
}
