package no.tavla.shared;

import java.time.Clock;
import java.util.Optional;

import no.tavla.shared.internal.LanguagePreference;
import no.tavla.shared.internal.LanguagePreferenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which language each signed-in person chose, keyed by their sign-in subject, so the choice follows them to
 * every browser and device.
 */
@Service
public class LanguagePreferences {

    private final LanguagePreferenceRepository repository;
    private final Clock clock;

    LanguagePreferences(LanguagePreferenceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Language> languageOf(String subject) {
        if (!isValidSubject(subject)) {
            return Optional.empty();
        }
        return repository.findById(subject).flatMap(p -> Language.fromTag(p.languageTag()));
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
