/** The notifications' SQL: the outbox and the preferences (decision 0014). */
package no.tavla.notifications.internal;
