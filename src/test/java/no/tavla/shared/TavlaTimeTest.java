package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TavlaTimeTest {

    @Test
    void timesAreShownInOsloWithTheDate() {
        // 07:15 UTC in November is 08:15 in Oslo (CET)
        String shown = TavlaTime.dateTime(Instant.parse("2026-11-22T07:15:00Z"), Language.BOKMAAL.locale());
        assertThat(shown).contains("22").contains("2026").contains("08:15");
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        String shown = TavlaTime.dateTime(Instant.parse("2026-06-01T06:00:00Z"), Locale.UK);
        assertThat(shown).contains("08:00").contains("2026");
    }

    @Test
    void aTimeInTheSpringForwardGapMovesForwardByTheJump() {
        // 29 March 2026: at 02:00 CET the clocks go to 03:00 CEST; 02:30 does not exist
        Instant instant = TavlaTime.instantOf(java.time.LocalDateTime.parse("2026-03-29T02:30"));
        assertThat(instant).isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
        assertThat(TavlaTime.localOf(instant)).isEqualTo(java.time.LocalDateTime.parse("2026-03-29T03:30"));
    }

    @Test
    void aTimeInTheRepeatedFallBackHourMeansTheFirstOne() {
        // 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 happens twice
        Instant instant = TavlaTime.instantOf(java.time.LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(instant).isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // the first 02:30, summer time
        Instant second = Instant.parse("2026-10-25T01:30:00Z"); // the second 02:30, winter time
        assertThat(TavlaTime.localOf(second)).isEqualTo(java.time.LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(java.time.Duration.between(instant, second)).hasHours(1);
    }

    @Test
    void noTimeIsNoInstant() {
        assertThat(TavlaTime.instantOf(null)).isNull();
        assertThat(TavlaTime.localOf(null)).isNull();
    }
}
