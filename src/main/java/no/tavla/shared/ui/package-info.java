/**
 * The application shell (layout, menu, language switch), the translations, the home page, the accessibility statement and the error pages.
 */
package no.tavla.shared.ui;
