package no.tavla.shared.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LanguagePreferenceRepository extends JpaRepository<LanguagePreference, String> {
}
