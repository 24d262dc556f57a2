package no.tavla.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import no.tavla.shared.TavlaTime;

/**
 * When a notification may go, by the person's choices, in Oslo time: at once unless it is within their quiet hours
 * (then at their end), and the digest at 07:00 the next morning (or Monday), moved to the end of quiet hours if it
 * falls within them. Days are counted in Oslo time, so the digest comes at 07:00 also across a change to or from
 * summer time.
 */
public final class Timing {

    /** When the digest goes out, Oslo time. */
    public static final LocalTime DIGEST_AT = LocalTime.of(7, 0);

    /**
     * A person's quiet hours: from {@code from} up to {@code to}, across midnight when {@code to} is earlier (22:00 to
     * 06:00); none when both are null.
     */
    public record Quiet(LocalTime from, LocalTime to) {

        public static final Quiet NONE = new Quiet(null, null);

        public Quiet {
            if ((from == null) != (to == null)) {
                throw new IllegalArgumentException("Quiet hours need both a start and an end");
            }
            if (from != null && from.equals(to)) {
                throw new IllegalArgumentException("Quiet hours cannot start and end at the same time");
            }
        }

        public boolean isNone() {
            return from == null;
        }

        boolean contains(LocalTime time) {
            if (isNone()) {
                return false;
            }
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }
    }

    private static final ZoneId OSLO = TavlaTime.ZONE;

    private Timing() {
    }

    /** When a notification asked for at {@code now} may go: now, or when the quiet hours end. */
    public static Instant atOnce(Instant now, Quiet quiet) {
        ZonedDateTime local = now.atZone(OSLO);
        if (!quiet.contains(local.toLocalTime())) {
            return now;
        }
        LocalDate day = local.toLocalDate();
        // the end is today if it lies ahead, else tomorrow (22:00-06:00 asked at 23:00)
        LocalDateTime end = LocalDateTime.of(day, quiet.to());
        if (!end.isAfter(local.toLocalDateTime())) {
            end = end.plusDays(1);
        }
        return ZonedDateTime.of(end, OSLO).toInstant();
    }

    /** The next digest after {@code now}, for the person's choice; null for none. */
    public static Instant nextDigest(Instant now, Digest digest, Quiet quiet) {
        if (digest == Digest.NONE) {
            return null;
        }
        ZonedDateTime local = now.atZone(OSLO);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(DIGEST_AT)) {
            day = day.plusDays(1);
        }
        if (digest == Digest.WEEKLY) {
            day = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        Instant at = ZonedDateTime.of(day, DIGEST_AT, OSLO).toInstant();
        return atOnce(at, quiet);
    }
}
