/**
 * Notifications: telling the people an item is for, where they are, without wearing them out. Every notification is
 * a row in an outbox (person, item, channel, kind: once), filled when an item is released and sent by a job that
 * claims rows by a conditional update, so several Tavla instances send each one once. E-mail first; the bell, the
 * digest, quiet hours and SMS build on the same outbox (issue 14).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package no.tavla.notifications;
