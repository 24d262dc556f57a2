package no.tavla.news;

/**
 * A significant correction of an item that is out reached its readers (a minor one tells nobody). Published inside
 * the correction's transaction.
 *
 * @param note what changed, in the writer's words
 */
public record ItemCorrected(long itemId, int revision, String note) {
}
