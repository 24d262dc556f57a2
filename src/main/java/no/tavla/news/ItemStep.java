package no.tavla.news;

/**
 * A step in an item's work that its writer, or those who approve, want to hear of: it was sent for approval,
 * returned, approved, or someone commented on it. Published inside the step's transaction.
 *
 * @param authorId   the item's writer
 * @param byPersonId who took the step (null: someone who is not a person in Tavla, or Tavla itself)
 */
public record ItemStep(long itemId, Step step, long authorId, Long byPersonId) {

    public enum Step {
        SUBMITTED, RETURNED, APPROVED, COMMENTED
    }
}
