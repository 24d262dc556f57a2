/**
 * Sign-in and URL guards: the OIDC client registration with lazy discovery, roles from claims, the metrics token, and the security filter chains.
 */
package no.tavla.access.internal;
