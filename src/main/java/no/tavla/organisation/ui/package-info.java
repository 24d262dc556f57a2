/**
 * The units' pages and the browsable unit tree, for everyone signed in.
 */
package no.tavla.organisation.ui;
