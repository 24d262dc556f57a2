package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mobile numbers as they are written, made into the one form a gateway wants. */
class MobileNumbersTest {

    @Test
    void norwegianMobileNumbersInTheWaysTheyAreWritten() {
        for (String written : new String[] {"91234567", "912 34 567", "91 23 45 67", "+47 912 34 567", "+4791234567",
                "0047 91234567", "(+47) 912-34-567"}) {
            assertThat(MobileNumbers.normalised(written)).as(written).contains("+4791234567");
        }
        assertThat(MobileNumbers.normalised("41234567")).contains("+4741234567");
    }

    @Test
    void landlinesShortNumbersAndWordsAreNoMobileNumbers() {
        for (String written : new String[] {"62 00 25 50", "+47 62 00 25 50", "1234", "", "  ", "ring meg", "+47",
                "9123456", "912345678", "+47912345678", "+0123456789"}) {
            assertThat(MobileNumbers.normalised(written)).as(written).isEmpty();
        }
        assertThat(MobileNumbers.normalised(null)).isEmpty();
    }

    @Test
    void aNumberWithAnotherCountryCodeIsTakenAsItIs() {
        assertThat(MobileNumbers.normalised("+46 70 123 45 67")).contains("+46701234567");
        assertThat(MobileNumbers.normalised("0046701234567")).contains("+46701234567");
    }
}
