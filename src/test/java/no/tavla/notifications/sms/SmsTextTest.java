package no.tavla.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an SMS costs, as the gateways count it, and texts kept to the alphabet that fits most in one. */
class SmsTextTest {

    @Test
    void norwegianLettersFitTheGsmAlphabetAndTypographicMarksAreWrittenPlainly() {
        assertThat(SmsText.segments("æøå ÆØÅ " + "x".repeat(152))).isEqualTo(1);
        assertThat(SmsText.segments("x".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("x".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("x".repeat(307))).isEqualTo(3);
        assertThat(SmsText.segments("€".repeat(80))).as("two places each").isEqualTo(1);
        assertThat(SmsText.segments("«" + "x".repeat(69))).as("outside the alphabet: 70").isEqualTo(1);
        assertThat(SmsText.segments("«" + "x".repeat(70))).isEqualTo(2);
        assertThat(SmsText.plain("«Vakt» – “ny” ‘plan’…")).isEqualTo("\"Vakt\" - \"ny\" 'plan'...");
        assertThat(SmsText.segments(SmsText.plain("«Vakt» – “ny”"))).isEqualTo(1);
    }

    @Test
    void theAdaptersJsonEscapesWhatItIsGiven() {
        assertThat(LinkMobilityGateway.json("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
