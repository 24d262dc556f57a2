/**
 * The local profile's own mail server (GreenMail, in-process, on loopback) and the page that shows what it received,
 * so {@code ./mvnw spring-boot:run} sends real e-mail with nothing installed. Left out of the production jar.
 */
package no.tavla.notifications.local;
