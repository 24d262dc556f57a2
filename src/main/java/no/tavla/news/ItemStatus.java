package no.tavla.news;

/** Where an item is in its workflow. A published item with a release time ahead is scheduled. */
public enum ItemStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN
}
