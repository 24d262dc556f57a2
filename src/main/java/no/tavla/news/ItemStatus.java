package no.tavla.news;

/**
 * Where an item is in its workflow. A published item with a release time ahead is scheduled. A held one was approved
 * and planned, and is held back while a crisis lasts (decision 0021): it goes out only when communications releases
 * or reschedules it.
 */
public enum ItemStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN, HELD
}
