package no.tavla.news;

import java.util.Optional;

/**
 * The communication plan an item was made for (issue 16): a question the news module asks and the plans module
 * answers, so that news does not depend on plans.
 */
public interface ItemPlan {

    /** A plan, by its name. */
    record PlanLink(long planId, String name) {
    }

    /** The plan the item was made for, when the signed-in person may see it; empty otherwise. */
    Optional<PlanLink> forItem(long itemId);
}
