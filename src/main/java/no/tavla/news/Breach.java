package no.tavla.news;

/** How many items of a unit came out externally before staff had them (marked already public). */
public record Breach(long unitId, String unitName, int items) {
}
