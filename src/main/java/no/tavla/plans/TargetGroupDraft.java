package no.tavla.plans;

import java.util.List;

/** A target group as its form says; checked by {@link Plans}. */
public record TargetGroupDraft(String name, Long unitId, List<TargetGroup.Answer> answers) {
}
