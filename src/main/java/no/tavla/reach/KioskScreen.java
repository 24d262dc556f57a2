package no.tavla.reach;

import java.util.List;

import no.tavla.news.Item;

/** What a staff-room screen shows: the unit, and its current important and must-read items. */
public record KioskScreen(long unitId, String unitName, List<Item> items) {
}
