package no.tavla.plans;

/** A budget row as its form says; checked by {@link Plans}. The price is in whole kroner. */
public record BudgetRowDraft(String measure, String targetGroup, MeasureChannel channel, Long price) {
}
