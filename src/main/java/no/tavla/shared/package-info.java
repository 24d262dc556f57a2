/**
 * What every module shares: the one {@link java.time.Clock}, the supported languages and each person's language
 * preference, the municipality's settings, clear start-up errors, the embedded database for development, and (in
 * {@code ui}) the application shell, translations and error views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package no.tavla.shared;
