package no.tavla.shared;

import java.util.Optional;

/**
 * The language the organisation's own records (the HR import) give for a signed-in person. Implemented by the module
 * that keeps the people; a person's own choice in Tavla wins over it.
 */
public interface RecordedLanguages {

    Optional<Language> recordedLanguageOf(String subject);
}
