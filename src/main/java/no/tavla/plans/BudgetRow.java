package no.tavla.plans;

/**
 * A row of a plan's budget, as Løten's template has it: the measure, its target group and channel, and its price.
 *
 * @param targetGroup null when not said
 * @param channel     null when not said
 * @param price       in whole kroner
 */
public record BudgetRow(long id, long planId, String measure, String targetGroup, MeasureChannel channel, long price) {
}
