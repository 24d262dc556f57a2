package no.tavla.shared.ui;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import no.tavla.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tavla's texts: {@code i18n/messages.properties} is Bokmål (the default), {@code messages_en.properties} English.
 * A test keeps the two in step. Texts with parameters use {@link MessageFormat} (write '' for an apostrophe there).
 */
@Component
public class TavlaI18NProvider implements I18NProvider {

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(TavlaI18NProvider.class);
    // never fall back to the JVM's locale: a missing English text shows in Bokmål, never in a third language
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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
