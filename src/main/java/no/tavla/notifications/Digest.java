package no.tavla.notifications;

/** How often a person gets the digest of the items released to them (normal items, and any they chose not to get at once). */
public enum Digest {
    /** Every morning at 07:00 Oslo time (the default). */
    DAILY,
    /** Every Monday at 07:00 Oslo time. */
    WEEKLY,
    /** Never: they read Tavla itself. */
    NONE
}
