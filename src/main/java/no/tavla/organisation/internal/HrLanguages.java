package no.tavla.organisation.internal;

import java.util.Optional;

import no.tavla.shared.Language;
import no.tavla.shared.RecordedLanguages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The preferred language the HR import recorded for a person (the "Språk" column). */
@Component
class HrLanguages implements RecordedLanguages {

    private final JdbcTemplate jdbc;

    HrLanguages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Language> recordedLanguageOf(String subject) {
        return jdbc.queryForList("SELECT preferred_language FROM person WHERE subject = ? AND status = 'ACTIVE'",
                        String.class, subject).stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .flatMap(Language::fromTag);
    }
}
