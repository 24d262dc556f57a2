package no.tavla.reach;

/**
 * How far an item reached a group of people (a unit, or everyone in view). The channels do not overlap: a person
 * confirmed on screen is not counted again on paper, and one told in a meeting after signing counts on paper.
 *
 * @param seen       opened the item in Tavla
 * @param onScreen   confirmed it in Tavla (must-read items only)
 * @param onPaper    signed a sign-off sheet, without confirming on screen
 * @param inMeeting  told in a meeting, with neither of the above
 * @param notReached none of these (for an item that asks no confirmation: not opened and not told)
 */
public record ReachFigures(Long unitId, String label, int audience, int withoutComputer, int seen, int onScreen,
                           int onPaper, int inMeeting, int notReached) {

    public int reached() {
        return audience - notReached;
    }

    /** Reached, in whole per cent (rounded down, so 100 means everyone). */
    public int percent() {
        return audience == 0 ? 100 : (int) (100L * reached() / audience);
    }
}
