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
}
