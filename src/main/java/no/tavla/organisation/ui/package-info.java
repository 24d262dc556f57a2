/**
 * The units' pages and the browsable unit tree, the people administration, the HR import and one's own profile.
 * {@link no.tavla.organisation.ui.UnitPageSection} lets other modules add to a unit's page (the unit's news).
 */
@org.springframework.modulith.NamedInterface("ui")
package no.tavla.organisation.ui;
