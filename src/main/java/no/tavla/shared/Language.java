package no.tavla.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tavla speaks: Norway's two written standards, Swedish (Lerum writes in it) and English. Bokmål is the
 * default. Each has its own bundle in {@code i18n/}.
 */
public enum Language {
    BOKMAAL("nb", Locale.forLanguageTag("nb-NO"), "Norsk bokmål"),
    NYNORSK("nn", Locale.forLanguageTag("nn-NO"), "Norsk nynorsk"),
    SWEDISH("sv", Locale.forLanguageTag("sv-SE"), "Svenska"),
    ENGLISH("en", Locale.forLanguageTag("en-GB"), "English");

    public static final Language DEFAULT = BOKMAAL;

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The language's name in itself, as a reader looks for it in a list of languages. */
    public String nativeName() {
        return nativeName;
    }

    /** The short tag stored and sent to the browser: {@code nb}, {@code nn}, {@code sv} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language for a tag such as {@code nb}, {@code nn-NO} or {@code en-GB} ({@code no} is Bokmål); anything else
     * is empty.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        if (language.equals("no")) {
            language = "nb";
        }
        String wanted = language;
        return Arrays.stream(values()).filter(l -> l.tag.equals(wanted)).findFirst();
    }

    /** Dates as people in this language write them, the first one shown: Swedes write 2026-12-31. */
    public java.util.List<String> datePatterns() {
        return this == SWEDISH ? java.util.List.of("yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy")
                : java.util.List.of("dd.MM.yyyy", "d.M.yyyy", "d.M.yy", "yyyy-MM-dd");
    }

    /** The language of a locale, falling back to the default. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
