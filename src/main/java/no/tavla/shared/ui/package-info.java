/**
 * The application shell (layout, menu, language switch), the translations, the accessibility statement and the error
 * pages; and the pieces every module's views share ({@link no.tavla.shared.ui.MarkdownField},
 * {@link no.tavla.shared.ui.MarkdownView}, {@link no.tavla.shared.ui.Forms}), exposed to the other modules.
 */
@org.springframework.modulith.NamedInterface("ui")
package no.tavla.shared.ui;
