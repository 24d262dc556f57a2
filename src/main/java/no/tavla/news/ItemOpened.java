package no.tavla.news;

/** A person opened an item's page (what they were told about it is now read). */
public record ItemOpened(long itemId, long personId) {
}
