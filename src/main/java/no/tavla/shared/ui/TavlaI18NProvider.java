package no.tavla.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import no.tavla.shared.Language;
import no.tavla.shared.Translations;
import org.springframework.stereotype.Component;

/** Vaadin's way to Tavla's {@link Translations}: what {@code getTranslation} in every view reads. */
@Component
public class TavlaI18NProvider implements I18NProvider {

    private final Translations translations;

    public TavlaI18NProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.text(key, locale, params);
    }
}
