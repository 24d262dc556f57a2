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

    /** The time of day of an instant in Oslo, e.g. "08:15" (beside the day it is shown under). */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(ZONE).format(instant);
    }

    /** A day, e.g. "22. nov. 2026" or "22 Nov 2026". */
    public static String date(java.time.LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /**
     * A wall-clock time someone entered in Oslo as the instant it means. Where the clocks jump (the spring-forward
     * night has no 02:00–02:59) a time in the gap moves forward by the jump: 02:30 means 03:30 summer time. Where the
     * hour repeats (the fall-back night has 02:00–02:59 twice) it means the first, still in summer time; the README
     * says so. Null stays null.
     */
    public static Instant instantOf(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    /** The instant as Oslo wall-clock time, for a date-time field. Null stays null. */
    public static java.time.LocalDateTime localOf(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZONE);
    }
}
