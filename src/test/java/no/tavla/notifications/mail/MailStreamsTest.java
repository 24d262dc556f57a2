package no.tavla.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MailStreamsTest {

    private static final String PROPERTY = StreamProvider.class.getName();
    private final String before = System.getProperty(PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void jakartaMailIsToldItsStreamProviderSoItStopsSearchingTheClassPathForIt() {
        System.clearProperty(PROPERTY);

        MailStreams.named();

        assertThat(System.getProperty(PROPERTY)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }

    @Test
    void anOperatorsOwnChoiceIsKept() {
        System.setProperty(PROPERTY, "com.example.OwnStreamProvider");

        MailStreams.named();

        assertThat(System.getProperty(PROPERTY)).isEqualTo("com.example.OwnStreamProvider");
    }
}
