package no.tavla.shared.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each person's chosen language, by sign-in subject. */
@Repository
public class LanguagePreferenceStore {

    public static final int MAX_SUBJECT_LENGTH = 255;

    private final JdbcTemplate jdbc;

    LanguagePreferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> languageTag(String subject) {
        return jdbc.queryForList("SELECT language_tag FROM language_preference WHERE subject = ?", String.class,
                subject).stream().findFirst();
    }

    /** Remembers the choice, replacing an earlier one (one statement). */
    public void choose(String subject, String languageTag, Instant at) {
        jdbc.update("INSERT INTO language_preference (subject, language_tag, updated_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE language_tag = VALUES(language_tag), updated_at = VALUES(updated_at)",
                subject, languageTag, Timestamp.from(at));
    }
}
