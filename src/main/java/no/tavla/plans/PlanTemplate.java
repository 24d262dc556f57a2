package no.tavla.plans;

import java.util.List;

/**
 * The municipality's plan template: the target groups a new plan suggests, the questions each target group answers,
 * and the channels measures may use. Løten's appendix 4.3 is the shipped default, in the reader's language; once
 * communications change a part, that part is theirs (in the language they wrote it in).
 *
 * @param ownGroups    whether the groups are the municipality's own (else the shipped default)
 * @param ownQuestions whether the questions are the municipality's own
 * @param ownChannels  whether the channels are the municipality's own choice
 */
public record PlanTemplate(List<String> targetGroups, List<String> questions, List<MeasureChannel> channels,
                           boolean ownGroups, boolean ownQuestions, boolean ownChannels) {

    public PlanTemplate {
        targetGroups = List.copyOf(targetGroups);
        questions = List.copyOf(questions);
        channels = List.copyOf(channels);
    }
}
