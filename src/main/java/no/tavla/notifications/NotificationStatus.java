package no.tavla.notifications;

/** Where a notification is on its way. */
public enum NotificationStatus {
    /** Waiting for its time (or its next try). */
    WAITING,
    /** Claimed by one run of the sending job, which is sending it now. */
    SENDING,
    /** Handed to the mail server. */
    SENT,
    /** Not sent, and not to be: the person said no, has no address any more, or the item was withdrawn. */
    SKIPPED,
    /** Every try failed; administrators see it with the reason. */
    FAILED
}
