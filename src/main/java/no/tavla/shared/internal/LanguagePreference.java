package no.tavla.shared.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's chosen language. */
@Entity
@Table(name = "language_preference")
public class LanguagePreference {

    public static final int MAX_SUBJECT_LENGTH = 255;

    @Id
    @Column(name = "subject", length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(name = "language_tag", nullable = false, length = 8)
    private String languageTag;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LanguagePreference() {
    }

    public LanguagePreference(String subject) {
        this.subject = subject;
    }

    public void choose(String languageTag, Instant at) {
        this.languageTag = languageTag;
        this.updatedAt = at;
    }

    public String languageTag() {
        return languageTag;
    }
}
