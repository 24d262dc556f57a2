package no.tavla.reach;

import java.util.List;

import no.tavla.news.Item;
import no.tavla.shared.Language;

/**
 * What a staff-room screen shows: the unit, and its current important and must-read items, in the unit's language
 * (the one its notices are printed in) where an item has a version in it.
 */
public record KioskScreen(long unitId, String unitName, Language language, List<Item> items) {
}
