package no.tavla.notifications;

/** What a notification is about. */
public enum NotificationKind {
    /** An important or must-read item was released to the person. */
    RELEASED
}
