package no.tavla.organisation;

/** What an applied import did. */
public record ImportSummary(int unitsCreated, int unitsUpdated, int unitsMoved, int peopleCreated, int peopleUpdated,
                            int peopleDeactivated) {
}
