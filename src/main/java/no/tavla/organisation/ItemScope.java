package no.tavla.organisation;

import java.util.Set;

/**
 * What the access policy needs to know of an item (an announcement) to answer for it: who wrote it, which unit owns
 * it, whom it is for, whether it has a public part, and whether it is out for its readers now. The news module fills
 * it in; the policy never sees the item itself.
 *
 * @param authorId          the writer
 * @param owningUnitId      the unit the item belongs to
 * @param wholeMunicipality for everyone
 * @param chosenUnits       the audience's units as the writer chose them
 * @param reachedUnits      every unit the audience reaches (the chosen ones with their sub-units where chosen so)
 * @param publicPart        it has an external release (the public channel)
 * @param out               published and released, not withdrawn: readers may open it now
 */
public record ItemScope(long authorId, long owningUnitId, boolean wholeMunicipality, Set<Long> chosenUnits,
                        Set<Long> reachedUnits, boolean publicPart, boolean out) {

    public ItemScope {
        chosenUnits = Set.copyOf(chosenUnits);
        reachedUnits = Set.copyOf(reachedUnits);
    }
}
