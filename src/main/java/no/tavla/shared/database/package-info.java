/**
 * The choice of database: the embedded MariaDB for development and tests, or the configured server, waited for calmly at start-up (docs/decisions/0001).
 */
package no.tavla.shared.database;
