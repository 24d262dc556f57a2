package no.tavla.organisation;

import java.util.List;

/**
 * What an import would do, before anything is written.
 *
 * @param problems          everything wrong in the files; an import with problems cannot be applied
 * @param units             units in the unit file
 * @param people            people in the people file
 * @param peopleWithoutComputer people in the file who have no work computer
 * @param newUnits          units that would be created
 * @param newPeople         people who would be created
 * @param peopleToDeactivate people who would be deactivated (full import only)
 * @param activePeople      people active in Tavla now
 * @param confirmationNeeded the import deactivates more than the set share of those active: it must be confirmed by
 *                          naming {@code peopleToDeactivate}
 */
public record ImportPreview(List<ImportProblem> problems, int units, int people, int peopleWithoutComputer,
                            int newUnits, int newPeople, int peopleToDeactivate, int activePeople,
                            boolean confirmationNeeded) {

    public ImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean canApply() {
        return problems.isEmpty();
    }
}
