package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileColoursTest {

    @Test
    void thePrimaryColourIsTheProfilesOwn() {
        assertThat(ProfileColours.primaryIn("html{--tavla-color-on-primary: #ffffff; --tavla-color-primary: #7A1F2B;}"))
                .isEqualTo("#7a1f2b");
        assertThat(ProfileColours.primary()).as("the profile this build carries").isEqualTo("#0b4f9c");
    }

    @Test
    void aColourThatIsNotSixHexDigitsFallsBackToTheDefault() {
        assertThat(ProfileColours.primaryIn("html{--tavla-color-primary: red; }")).isEqualTo("#0b4f9c");
        assertThat(ProfileColours.primaryIn("html{--tavla-color-primary: #7a1f2b\"><script>}")).as("the colour only")
                .isEqualTo("#7a1f2b");
        assertThat(ProfileColours.primaryIn("")).isEqualTo("#0b4f9c");
    }
}
