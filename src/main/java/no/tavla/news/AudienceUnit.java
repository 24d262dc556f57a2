package no.tavla.news;

/** A unit in an item's audience, with or without the units below it. */
public record AudienceUnit(long unitId, boolean includeSubUnits) {
}
