package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** When notifications may go: quiet hours, and the digest at 07:00 Oslo time, also across summer time. */
class TimingTest {

    private static final Timing.Quiet NIGHT = new Timing.Quiet(LocalTime.of(22, 0), LocalTime.of(6, 0));

    @Test
    void atOnceMeansNowOutsideQuietHoursAndTheirEndWithin() {
        // 2026-12-02 is winter time: Oslo = UTC + 1
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T11:00:00Z"), NIGHT))
                .isEqualTo(Instant.parse("2026-12-02T11:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T22:00:00Z"), NIGHT)).as("23:00: the next morning")
                .isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T04:00:00Z"), NIGHT)).as("05:00: the same morning")
                .isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T21:00:00Z"), NIGHT)).as("22:00 is quiet already")
                .isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T05:00:00Z"), NIGHT)).as("06:00 is not quiet any more")
                .isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
        Timing.Quiet afternoon = new Timing.Quiet(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T13:00:00Z"), afternoon))
                .isEqualTo(Instant.parse("2026-12-02T14:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T15:00:00Z"), afternoon))
                .isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(Timing.atOnce(Instant.parse("2026-12-02T22:00:00Z"), Timing.Quiet.NONE))
                .isEqualTo(Instant.parse("2026-12-02T22:00:00Z"));
    }

    @Test
    void theDailyDigestComesAtSevenTheNextMorningOrThisMorningBeforeSeven() {
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T11:00:00Z"), Digest.DAILY, Timing.Quiet.NONE))
                .isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T05:59:00Z"), Digest.DAILY, Timing.Quiet.NONE))
                .as("06:59: this morning's").isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T06:00:00Z"), Digest.DAILY, Timing.Quiet.NONE))
                .as("07:00 itself: tomorrow's").isEqualTo(Instant.parse("2026-12-03T06:00:00Z"));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T11:00:00Z"), Digest.NONE, Timing.Quiet.NONE)).isNull();
    }

    @Test
    void theDigestComesAtSevenOsloTimeAcrossTheChangesOfSummerTime() {
        // spring forward on Sunday 29 March 2026: Saturday 20:00 CET, then Sunday 07:00 CEST (UTC + 2)
        assertThat(Timing.nextDigest(Instant.parse("2026-03-28T19:00:00Z"), Digest.DAILY, Timing.Quiet.NONE))
                .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        // fall back on Sunday 25 October 2026: Saturday 20:00 CEST, then Sunday 07:00 CET (UTC + 1)
        assertThat(Timing.nextDigest(Instant.parse("2026-10-24T18:00:00Z"), Digest.DAILY, Timing.Quiet.NONE))
                .isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
        // quiet from 01:00 to 02:30 on the spring-forward night: 02:30 does not exist, the end is 03:30 CEST
        Timing.Quiet gap = new Timing.Quiet(LocalTime.of(1, 0), LocalTime.of(2, 30));
        assertThat(Timing.atOnce(Instant.parse("2026-03-29T00:30:00Z"), gap))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void theWeeklyDigestComesOnMondayAndQuietHoursMoveTheDigestToTheirEnd() {
        // Wednesday 2 December 2026 -> Monday 7 December
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T11:00:00Z"), Digest.WEEKLY, Timing.Quiet.NONE))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-07T05:00:00Z"), Digest.WEEKLY, Timing.Quiet.NONE))
                .as("Monday 06:00: this morning's").isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-07T07:00:00Z"), Digest.WEEKLY, Timing.Quiet.NONE))
                .as("Monday 08:00: next week's").isEqualTo(Instant.parse("2026-12-14T06:00:00Z"));
        Timing.Quiet late = new Timing.Quiet(LocalTime.of(22, 0), LocalTime.of(8, 30));
        assertThat(Timing.nextDigest(Instant.parse("2026-12-02T11:00:00Z"), Digest.DAILY, late))
                .isEqualTo(Instant.parse("2026-12-03T07:30:00Z"));
    }

    @Test
    void quietHoursNeedAStartAndADifferentEnd() {
        assertThatThrownBy(() -> new Timing.Quiet(LocalTime.of(22, 0), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timing.Quiet(LocalTime.of(22, 0), LocalTime.of(22, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
