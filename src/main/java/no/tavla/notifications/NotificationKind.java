package no.tavla.notifications;

/** What a notification is about. */
public enum NotificationKind {
    /** An item was released to the person (by e-mail at once: only important and must-read ones). */
    RELEASED,
    /** An item released to the person, for their next digest. */
    DIGEST,
    /** A significant correction of an item released to the person (a minor one tells nobody). */
    CORRECTED,
    /** The person's item was returned by communications. */
    RETURNED,
    /** The person's item was approved by communications. */
    APPROVED,
    /** Someone commented on the person's item. */
    COMMENTED,
    /** The person has not confirmed a must-read item whose deadline is near. */
    REMINDER,
    /** A must-read item's deadline passed, and some of the manager's staff have not confirmed it (names in the note). */
    MISSING,
    /** Work the person is responsible for (a plan's measure) is near its time ({@link TaskReminders}). */
    TASK
}
