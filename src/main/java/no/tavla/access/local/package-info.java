/**
 * The local sign-in for development and tests: an OpenID Connect server inside Tavla (NAV's mock-oauth2-server) whose
 * page lets you pick a demo person. Only in the {@code local} profile, only on loopback, never in the production jar.
 */
package no.tavla.access.local;
