package no.tavla.notifications;

/** Where a notification goes. */
public enum NotificationChannel {
    /** In the header of every page (delivered when written; read when the person has seen it). */
    BELL,
    EMAIL,
    /** A short text with a link, for must-read items to staff without a work PC or e-mail. */
    SMS
}
