package no.tavla.reach;

/** How a person was reached with an item. */
public enum Channel {
    /** Confirmed (or, for an item that asks no confirmation, opened) in Tavla. */
    SCREEN,
    /** Signed a sign-off sheet; the manager ticked them off. */
    PAPER,
    /** Told in a meeting the manager recorded. */
    MEETING
}
