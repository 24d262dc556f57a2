package no.tavla.plans;

/** What a plan's form says; checked by {@link Plans}. Texts may be empty, except the name. */
public record PlanDraft(long unitId, String name, String background, String change, String archiveRef, String goal,
                        String keyMessages) {
}
