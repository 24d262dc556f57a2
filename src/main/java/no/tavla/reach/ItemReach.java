package no.tavla.reach;

import java.util.List;

import no.tavla.news.Item;

/**
 * An item's reach as one person may see it.
 *
 * @param total  everyone in view: the whole audience for communications and those working on the item, else the
 *               staff the manager follows up
 * @param units  the same, per person's primary unit
 * @param people names and channels, only of the staff the person manages (empty for everyone else)
 */
public record ItemReach(Item item, boolean mustRead, ReachFigures total, List<ReachFigures> units,
                        List<PersonReach> people, boolean followsUpStaff, List<Meeting> meetings) {
}
