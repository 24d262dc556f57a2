/**
 * The shared module's entities, repositories and start-up diagnostics; no other module uses them.
 */
package no.tavla.shared.internal;
