package no.tavla.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Tavla speaks. Bokmål is the default. */
public enum Language {
    BOKMAAL("nb", Locale.forLanguageTag("nb-NO")),
    ENGLISH("en", Locale.forLanguageTag("en-GB"));

    public static final Language DEFAULT = BOKMAAL;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The short tag stored and sent to the browser: {@code nb} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a tag such as {@code nb} or {@code en-GB}; anything else is empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        if (language.equals("no") || language.equals("nn")) {
            language = "nb";
        }
        String wanted = language;
        return Arrays.stream(values()).filter(l -> l.tag.equals(wanted)).findFirst();
    }

    /** The language of a locale, falling back to the default. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
