/**
 * The pages around sign-in: a failed or cancelled sign-in, and the confirmation after sign-out.
 */
package no.tavla.access.ui;
