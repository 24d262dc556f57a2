package no.tavla.notifications;

/** Where a notification goes. SMS follows (issue 14). */
public enum NotificationChannel {
    /** In the header of every page (delivered when written; read when the person has seen it). */
    BELL,
    EMAIL
}
