package no.tavla.news;

/**
 * An item in a reader's feed.
 *
 * @param unread    the reader has not opened it
 * @param confirmed for a must-read item: the reader has confirmed this version
 */
public record FeedEntry(Item item, boolean pinned, boolean unread, boolean confirmed) {
}
