package no.tavla.plans;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Norway's public holidays (helligdager and the two national days of 1 and 17 May), by year: the fixed ones and those
 * that follow Easter, which is worked out by the anonymous Gregorian rule (Meeus/Jones/Butcher). Their names are in
 * the message bundles ({@code calendar.holiday.*}).
 */
public final class Holidays {

    /** A public holiday; its name is {@code calendar.holiday.} and the enum's name. */
    public enum Holiday {
        NEW_YEAR, MAUNDY_THURSDAY, GOOD_FRIDAY, EASTER_SUNDAY, EASTER_MONDAY, LABOUR_DAY, CONSTITUTION_DAY,
        ASCENSION_DAY, WHIT_SUNDAY, WHIT_MONDAY, CHRISTMAS_DAY, BOXING_DAY
    }

    private Holidays() {
    }

    /** The year's public holidays, by date (two on one day when Whit Monday is 17 May, as in 2027). */
    public static Map<LocalDate, List<Holiday>> of(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, List<Holiday>> days = new TreeMap<>();
        put(days, LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEAR);
        put(days, easter.minusDays(3), Holiday.MAUNDY_THURSDAY);
        put(days, easter.minusDays(2), Holiday.GOOD_FRIDAY);
        put(days, easter, Holiday.EASTER_SUNDAY);
        put(days, easter.plusDays(1), Holiday.EASTER_MONDAY);
        put(days, LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY);
        put(days, LocalDate.of(year, Month.MAY, 17), Holiday.CONSTITUTION_DAY);
        put(days, easter.plusDays(39), Holiday.ASCENSION_DAY);
        put(days, easter.plusDays(49), Holiday.WHIT_SUNDAY);
        put(days, easter.plusDays(50), Holiday.WHIT_MONDAY);
        put(days, LocalDate.of(year, Month.DECEMBER, 25), Holiday.CHRISTMAS_DAY);
        put(days, LocalDate.of(year, Month.DECEMBER, 26), Holiday.BOXING_DAY);
        return days;
    }

    private static void put(Map<LocalDate, List<Holiday>> days, LocalDate day, Holiday holiday) {
        days.computeIfAbsent(day, d -> new java.util.ArrayList<>()).add(holiday);
    }

    /** Easter Sunday in the Gregorian calendar. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
