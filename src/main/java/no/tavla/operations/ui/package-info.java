/**
 * The administrators' system page.
 */
package no.tavla.operations.ui;
