package no.tavla.news;

import java.util.List;
import java.util.Optional;

/**
 * The communication plan an item belongs to (issue 16): questions the news module asks and the plans module answers,
 * so that news does not depend on plans.
 */
public interface ItemPlan {

    /** A plan, by its name. */
    record PlanLink(long planId, String name) {
    }

    /** The plan the item was made for, when the signed-in person may see it; empty otherwise. */
    Optional<PlanLink> forItem(long itemId);

    /** Whether the item is part of a plan, whoever asks (for the rule that some items need one). */
    boolean planned(long itemId);

    /** The plans the signed-in person may add the item to: those they may change that are not closed. */
    List<PlanLink> linkable(long itemId);

    /**
     * Makes the item part of the plan, as one of its intranet measures.
     *
     * @throws no.tavla.shared.Refusal when it is part of a plan already, or the plan is closed
     */
    void link(long itemId, long planId);
}
