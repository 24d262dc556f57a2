package no.tavla.reach;

import java.time.LocalDate;
import java.util.List;

import no.tavla.news.Item;

/**
 * A unit's reach over recent weeks: each important and must-read item that reached the unit, and the must-read trend.
 *
 * @param names whether the person follows up this unit's staff (and may see who was not reached)
 */
public record UnitReport(long unitId, String unitName, List<Row> items, List<Week> trend, boolean names) {

    /** An item and how far it reached the unit (with the units below it). */
    public record Row(Item item, ReachFigures figures) {
    }

    /** The must-read items released in a week (Monday first): their audience in the unit, and how many were reached. */
    public record Week(LocalDate monday, int items, int audience, int reached) {

        public int percent() {
            return audience == 0 ? 0 : (int) (100L * reached / audience);
        }
    }
}
