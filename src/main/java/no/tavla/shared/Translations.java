package no.tavla.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tavla's texts: {@code i18n/messages.properties} is Bokmål (the default), {@code messages_en.properties} English.
 * A test keeps the two in step. Texts with parameters use {@link MessageFormat} (write '' for an apostrophe there).
 * Views reach these through Vaadin's {@code getTranslation}; other code (REST answers, e-mails) calls this directly.
 */
@Component
public class Translations {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // never fall back to the JVM's locale: a missing English text shows in Bokmål, never in a third language
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String text(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        try {
            String text = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return params == null || params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("No text for '{}' in {}", key, language);
            return key;
        }
    }
}
