package no.tavla.notifications;

/** Where a notification goes. The bell and SMS follow e-mail (issue 14). */
public enum NotificationChannel {
    EMAIL
}
