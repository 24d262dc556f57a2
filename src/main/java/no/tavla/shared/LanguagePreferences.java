package no.tavla.shared;

import java.time.Clock;
import java.util.Optional;

import no.tavla.shared.internal.LanguagePreference;
import no.tavla.shared.internal.LanguagePreferenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which language each signed-in person reads Tavla in: their own choice, remembered by sign-in subject so it follows
 * them to every browser and device, else the language HR records for them (decision 0005).
 */
@Service
public class LanguagePreferences {

    private final LanguagePreferenceRepository repository;
    private final Clock clock;
    private final java.util.List<RecordedLanguages> records;

    LanguagePreferences(LanguagePreferenceRepository repository, Clock clock, java.util.List<RecordedLanguages> records) {
        this.repository = repository;
        this.clock = clock;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Optional<Language> languageOf(String subject) {
        if (!isValidSubject(subject)) {
            return Optional.empty();
        }
        return repository.findById(subject).flatMap(p -> Language.fromTag(p.languageTag()))
                .or(() -> records.stream().map(r -> r.recordedLanguageOf(subject)).flatMap(Optional::stream)
                        .findFirst());
    }

    @Transactional
    public void remember(String subject, Language language) {
        if (!isValidSubject(subject)) {
            throw new IllegalArgumentException("A language preference needs the subject of a signed-in person");
        }
        if (language == null) {
            throw new IllegalArgumentException("A language preference needs a language");
        }
        LanguagePreference preference = repository.findById(subject)
                .orElseGet(() -> new LanguagePreference(subject));
        preference.choose(language.tag(), clock.instant());
        repository.save(preference);
    }

    private static boolean isValidSubject(String subject) {
        return subject != null && !subject.isBlank() && subject.length() <= LanguagePreference.MAX_SUBJECT_LENGTH;
    }
}
