package no.tavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import no.tavla.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Keeps the four languages' texts honest: Bokmål, Nynorsk, Swedish and English have the same keys, nothing empty,
 * every pattern valid and with the same parameters, and each translation is a translation, not a copy of Bokmål.
 */
class MessageBundlesTest {

    private final TavlaI18NProvider provider = new TavlaI18NProvider(new no.tavla.shared.Translations());

    /** The bundle file of each language; Bokmål is the default file. */
    static String file(Language language) {
        return language == Language.DEFAULT ? "i18n/messages.properties" : "i18n/messages_" + language.tag() + ".properties";
    }

    @Test
    void everyLanguageHasABundleWithTheSameKeys() throws IOException {
        Set<String> bokmaal = keys(load(file(Language.BOKMAAL)));
        for (Language language : Language.values()) {
            Set<String> other = keys(load(file(language)));
            assertThat(other).as("keys missing in " + language).containsAll(bokmaal);
            assertThat(bokmaal).as("keys in " + language + " that Bokmål lacks").containsAll(other);
        }
    }

    @Test
    void everyTranslationTakesTheSameParametersAsBokmaal() throws IOException {
        Properties bokmaal = load(file(Language.BOKMAAL));
        for (Language language : Language.values()) {
            Properties other = load(file(language));
            for (String key : bokmaal.stringPropertyNames()) {
                assertThat(parameters(other.getProperty(key))).as(language + " " + key)
                        .isEqualTo(parameters(bokmaal.getProperty(key)));
            }
        }
    }

    @Test
    void nynorskAndSwedishAreTranslatedNotCopied() throws IOException {
        Properties bokmaal = load(file(Language.BOKMAAL));
        for (Language language : List.of(Language.NYNORSK, Language.SWEDISH, Language.ENGLISH)) {
            Properties other = load(file(language));
            long same = bokmaal.stringPropertyNames().stream()
                    .filter(key -> bokmaal.getProperty(key).equals(other.getProperty(key))).count();
            // many short words are the same in Nynorsk ("Tekst", "Lagre"), but most sentences are not
            assertThat(same).as("texts in " + language + " that are Bokmål word for word")
                    .isLessThan(bokmaal.size() / 2);
        }
        assertThat(provider.getTranslation("news.write.new", Language.NYNORSK.locale())).isEqualTo("Skriv ny sak");
        assertThat(provider.getTranslation("error.not-found.heading", Language.NYNORSK.locale()))
                .isEqualTo("Fann ikkje sida");
        assertThat(provider.getTranslation("error.not-found.heading", Language.SWEDISH.locale()))
                .isEqualTo("Sidan hittades inte");
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (String file : Arrays.stream(Language.values()).map(MessageBundlesTest::file).toList()) {
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
        assertThat(provider.getTranslation("nav.home", Language.NYNORSK.locale())).isEqualTo("Nyheiter");
        assertThat(provider.getTranslation("nav.home", Language.SWEDISH.locale())).isEqualTo("Nyheter");
        assertThat(provider.getTranslation("shell.sign-out", Language.SWEDISH.locale())).isEqualTo("Logga ut");
        assertThat(provider.getTranslation("nav.home", Language.ENGLISH.locale())).isEqualTo("News");
        assertThat(provider.getProvidedLocales()).containsExactly(Language.BOKMAAL.locale(),
                Language.NYNORSK.locale(), Language.SWEDISH.locale(), Language.ENGLISH.locale());
    }

    @Test
    void aBrowserAskingForNynorskOrSwedishGetsIt() {
        assertThat(Language.fromTag("nn-NO")).contains(Language.NYNORSK);
        assertThat(Language.fromTag("sv")).contains(Language.SWEDISH);
        assertThat(Language.fromTag("no")).contains(Language.BOKMAAL);
        assertThat(Language.fromTag("da")).isEmpty();
        assertThat(Language.of(java.util.Locale.forLanguageTag("sv-FI"))).isEqualTo(Language.SWEDISH);
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

    /** The parameter numbers a pattern uses, {@code {0}} and {@code {1,choice,...}} alike. */
    private static Set<String> parameters(String text) {
        Set<String> numbers = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d)").matcher(text);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
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
