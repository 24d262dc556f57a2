package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import no.tavla.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Why a notification could not be sent is kept as a code with the other side's own words, so the administrators'
 * page says it in their language, not in the English of the code that noticed it.
 */
class FailureReasonTest {

    @Test
    void aCodedReasonIsReadBackAsItsTextWithTheOtherSidesWords() {
        String stored = FailureReason.SMS_REFUSED.with("400: invalid destination");
        assertThat(stored).isEqualTo("[sms-refused] 400: invalid destination");
        assertThat(FailureReason.shown(stored, (key, detail) -> key + "|" + detail))
                .isEqualTo("notification.reason.sms-refused|400: invalid destination");
        assertThat(FailureReason.shown(FailureReason.SMS_INTERRUPTED.with(null), (key, detail) -> key + "|" + detail))
                .isEqualTo("notification.reason.sms-interrupted|");
    }

    @Test
    void aReasonWithoutACodeIsShownAsItWasWritten() {
        assertThat(FailureReason.shown("the SMS gateway answered 400", (key, detail) -> "translated"))
                .isEqualTo("the SMS gateway answered 400");
        assertThat(FailureReason.shown("[no-such-code] words", (key, detail) -> "translated"))
                .isEqualTo("[no-such-code] words");
        assertThat(FailureReason.shown(null, (key, detail) -> "translated")).isEmpty();
    }

    @Test
    void onlyTavlasOwnCodesCountAsCoded() {
        assertThat(FailureReason.isCoded(FailureReason.MAIL.with("421 busy"))).isTrue();
        assertThat(FailureReason.isCoded("[relay] 421 busy")).as("the mail server's own brackets").isFalse();
        assertThat(FailureReason.isCoded("421 busy")).isFalse();
        assertThat(FailureReason.isCoded(null)).isFalse();
    }

    @Test
    void everyReasonHasItsTextInEveryLanguage() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (FailureReason reason : FailureReason.values()) {
                assertThat(bundle.containsKey(reason.key())).as(reason + " in " + language).isTrue();
                assertThat(bundle.getString(reason.key()).toLowerCase(Locale.ROOT)).as("no English code words")
                        .doesNotContain("gateway");
            }
        }
    }
}
