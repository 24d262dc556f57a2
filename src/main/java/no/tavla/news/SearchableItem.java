package no.tavla.news;

import java.time.Instant;
import java.util.Map;

import no.tavla.shared.Language;

/**
 * A published item's words for the search index: its text as released, in the language it is written in and in
 * each of its other versions. Never a draft's words (a draft is not published); never shown, only searched: a hit is
 * shown as the reader's feed shows it, when and if the feed would.
 *
 * @param texts the item's words per language
 */
public record SearchableItem(long id, long unitId, ItemKind kind, Instant releaseAt, Map<Language, Text> texts) {

    public SearchableItem {
        texts = Map.copyOf(texts);
    }

    /** An item's words in one language. */
    public record Text(String title, String lead, String body) {
    }
}
