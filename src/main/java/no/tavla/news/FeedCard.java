package no.tavla.news;

import java.time.Instant;

import no.tavla.shared.Language;

/**
 * An item as a card in a feed: what the card shows and nothing more (no text, no audience).
 *
 * @param pinned        an important item still pinned on top
 * @param alreadyPublic the news was known outside before staff had it
 * @param unread        the reader has not opened it
 * @param confirmed     the reader has confirmed it (a must-read item, this round)
 * @param language      the language of the title and lead shown: the reader's when the item has a version in it
 */
public record FeedCard(long id, String title, String lead, String unitName, ItemKind kind, boolean pinned,
                       Instant releaseAt, boolean alreadyPublic, boolean unread, boolean confirmed,
                       Language language) {
}
