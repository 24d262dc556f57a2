package no.tavla.operations;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A snapshot of how this Tavla runs.
 *
 * @param version          the build version
 * @param database         database product and version, e.g. "MariaDB 11.4.5"
 * @param embeddedDatabase true when Tavla runs its own MariaDB (development)
 * @param databaseUrl      the JDBC URL without credentials
 * @param signInIssuer     the identity provider's issuer
 * @param localSignIn      true for the built-in local sign-in (development)
 * @param zone             the time zone every time is shown in
 * @param now              the current time from the application clock
 */
public record SystemStatus(String version, String database, boolean embeddedDatabase, String databaseUrl,
                           String signInIssuer, boolean localSignIn, ZoneId zone, Instant now) {
}
