package no.tavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import no.tavla.shared.Language;
import org.junit.jupiter.api.Test;

/** Keeps the Bokmål and English texts honest: the same keys, nothing empty, every pattern valid. */
class MessageBundlesTest {

    private final TavlaI18NProvider provider = new TavlaI18NProvider(new no.tavla.shared.Translations());

    @Test
    void bokmaalAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> bokmaal = keys(load("i18n/messages.properties"));
        Set<String> english = keys(load("i18n/messages_en.properties"));
        assertThat(english).as("keys missing in English").containsAll(bokmaal);
        assertThat(bokmaal).as("keys missing in Bokmål").containsAll(english);
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(file + " " + key).isNotBlank();
                // a choice or number parameter gets a number, every other one a word
                Object[] arguments = new Object[6];
                for (int i = 0; i < arguments.length; i++) {
                    boolean number = text.contains("{" + i + ",choice,") || text.contains("{" + i + ",number");
                    arguments[i] = number ? (Object) 2 : "X" + i;
                }
                if (text.contains("{0,choice,") || arguments[0] instanceof Integer) {
                    assertThat(new MessageFormat(text).format(arguments)).as(file + " " + key).contains("2");
                } else if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text).format(arguments)).as(file + " " + key).contains("X0");
                }
            }
        }
    }

    @Test
    void eachLanguageGetsItsOwnText() {
        assertThat(provider.getTranslation("nav.home", Language.BOKMAAL.locale())).isEqualTo("Nyheter");
        assertThat(provider.getTranslation("nav.home", Language.ENGLISH.locale())).isEqualTo("News");
    }

    @Test
    void anUnsupportedLocaleGetsBokmaalNeverTheJvmDefault() {
        assertThat(provider.getTranslation("nav.home", java.util.Locale.GERMAN)).isEqualTo("Nyheter");
    }

    @Test
    void parametersAreFilledIn() {
        assertThat(provider.getTranslation("error.internal.reference", Language.ENGLISH.locale(), "ab12cd34"))
                .isEqualTo("Error reference: ab12cd34");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(provider.getTranslation("no.such.key", Language.BOKMAAL.locale())).isEqualTo("no.such.key");
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
