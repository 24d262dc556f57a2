package no.tavla.news;

import java.time.Instant;
import java.util.Map;

import no.tavla.shared.Language;

/**
 * A published item's words for the search index: its text as released, in the language it is written in and in
 * each of its other versions. Never a draft's words (a draft is not published); never shown, only searched: a hit is
 * shown as the reader's feed shows it, when and if the feed would.
 *
 * @param texts              the item's words per language
 * @param wholeMunicipality  for everyone
 * @param audienceUnits      the units of its audience, each with whether the units below are in it: for the index to
 *                           narrow its hits to those likely for the reader; the feed's rule still decides each one
 */
public record SearchableItem(long id, long unitId, ItemKind kind, Instant releaseAt, Map<Language, Text> texts,
                             boolean wholeMunicipality, Map<Long, Boolean> audienceUnits) {

    public SearchableItem {
        texts = Map.copyOf(texts);
        audienceUnits = Map.copyOf(audienceUnits);
    }

    /** An item's words in one language. */
    public record Text(String title, String lead, String body) {
    }
}
