package no.tavla.plans;

import java.util.List;

/**
 * A target group of a plan (målgruppe), with its answers to the template's questions.
 *
 * @param unitId   whose staff the group is (the unit and below), counted in the evaluation; null for groups outside
 *                 (the public, the press)
 * @param unitName null when no unit is named
 */
public record TargetGroup(long id, long planId, String name, Long unitId, String unitName, List<Answer> answers) {

    /** One of the template's questions, as it was asked when the group was added, and the plan's answer. */
    public record Answer(String question, String answer) {
    }

    public TargetGroup {
        answers = List.copyOf(answers);
    }
}
