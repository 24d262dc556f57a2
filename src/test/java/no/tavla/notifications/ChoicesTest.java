package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import no.tavla.news.ItemKind;
import org.junit.jupiter.api.Test;

/** Which channels an item reaches a person on by their choices: the rule the fan-out, forecast and sending share. */
class ChoicesTest {

    private static final Choices NO_AT_ONCE = new Choices(false, Digest.DAILY, Timing.Quiet.NONE);
    private static final Choices NO_DIGEST = new Choices(true, Digest.NONE, Timing.Quiet.NONE);

    @Test
    void importantAndMustReadGoByEmailAtOnceTheRestInTheDigestAndNothingWithoutAnAddress() {
        assertThat(Choices.DEFAULT.emailAtOnce(ItemKind.MUST_READ, true)).isTrue();
        assertThat(Choices.DEFAULT.emailAtOnce(ItemKind.IMPORTANT, true)).isTrue();
        assertThat(Choices.DEFAULT.emailAtOnce(ItemKind.NORMAL, true)).isFalse();
        assertThat(Choices.DEFAULT.inDigest(ItemKind.NORMAL, true)).isTrue();
        assertThat(Choices.DEFAULT.inDigest(ItemKind.IMPORTANT, true)).as("sent at once already").isFalse();
        assertThat(NO_AT_ONCE.inDigest(ItemKind.IMPORTANT, true)).as("not at once: in the digest").isTrue();
        assertThat(NO_DIGEST.inDigest(ItemKind.NORMAL, true)).isFalse();
        assertThat(Choices.DEFAULT.emailAtOnce(ItemKind.MUST_READ, false)).isFalse();
        assertThat(Choices.DEFAULT.inDigest(ItemKind.NORMAL, false)).isFalse();
    }

    @Test
    void mustReadGoesBySmsToThoseWithoutAPcOrAnAddressWhoHaveANumberAndHaveNotSaidNo() {
        assertThat(Choices.DEFAULT.bySms(ItemKind.MUST_READ, true, false, "+4791234567")).isTrue();
        assertThat(Choices.DEFAULT.bySms(ItemKind.MUST_READ, false, true, "+4791234567")).isTrue();
        assertThat(Choices.DEFAULT.bySms(ItemKind.MUST_READ, true, true, "+4791234567")).as("PC and e-mail").isFalse();
        assertThat(Choices.DEFAULT.bySms(ItemKind.IMPORTANT, true, false, "+4791234567")).isFalse();
        assertThat(Choices.DEFAULT.bySms(ItemKind.MUST_READ, true, false, null)).as("no number").isFalse();
        Choices ownNumber = new Choices(true, Digest.DAILY, Timing.Quiet.NONE, true, "+4741234567");
        assertThat(ownNumber.bySms(ItemKind.MUST_READ, true, false, null)).isTrue();
        assertThat(ownNumber.smsNumberOr("+4791234567")).as("their own before HR's").isEqualTo("+4741234567");
        Choices saidNo = new Choices(true, Digest.DAILY, Timing.Quiet.NONE, false, null);
        assertThat(saidNo.bySms(ItemKind.MUST_READ, true, false, "+4791234567")).isFalse();
    }
}
