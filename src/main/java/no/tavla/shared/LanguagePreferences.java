package no.tavla.shared;

import java.time.Clock;
import java.util.Optional;

import no.tavla.shared.internal.LanguagePreferenceStore;
import org.springframework.stereotype.Service;

/**
 * Which language each signed-in person reads Tavla in: their own choice, remembered by sign-in subject so it follows
 * them to every browser and device, else the language HR records for them (decision 0005).
 */
@Service
public class LanguagePreferences {

    /** The cookie that keeps the last choice in a browser, for the pages before sign-in and the public channel. */
    public static final String COOKIE = "tavla-language";

    private final LanguagePreferenceStore store;
    private final Clock clock;
    private final java.util.List<RecordedLanguages> records;

    LanguagePreferences(LanguagePreferenceStore store, Clock clock, java.util.List<RecordedLanguages> records) {
        this.store = store;
        this.clock = clock;
        this.records = records;
    }

    public Optional<Language> languageOf(String subject) {
        if (!isValidSubject(subject)) {
            return Optional.empty();
        }
        return store.languageTag(subject).flatMap(Language::fromTag)
                .or(() -> records.stream().map(r -> r.recordedLanguageOf(subject)).flatMap(Optional::stream)
                        .findFirst());
    }

    /**
     * The language of a printout or download asked for by a plain link rather than a page: the language the link names
     * ({@code ?lang=nn}, which the page it came from writes), else the person's own, else Bokmål. Anything unknown in
     * the link counts as not named.
     */
    public Language forDownload(String named, String subject) {
        return Language.fromTag(named).or(() -> languageOf(subject)).orElse(Language.DEFAULT);
    }

    public void remember(String subject, Language language) {
        if (!isValidSubject(subject)) {
            throw new IllegalArgumentException("A language preference needs the subject of a signed-in person");
        }
        if (language == null) {
            throw new IllegalArgumentException("A language preference needs a language");
        }
        store.choose(subject, language.tag(), clock.instant());
    }

    private static boolean isValidSubject(String subject) {
        return subject != null && !subject.isBlank() && subject.length() <= LanguagePreferenceStore.MAX_SUBJECT_LENGTH;
    }
}
