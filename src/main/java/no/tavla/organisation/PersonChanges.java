package no.tavla.organisation;

import java.util.List;

/**
 * What an administrator may change about a person by hand. Name, e-mail and employee number come from HR and sign-in
 * only. A later HR import sets again what its file has columns for.
 */
public record PersonChanges(String title, Long primaryUnitId, List<Long> otherUnitIds, String phone,
                            String responsibilities, String tags, boolean hasWorkComputer, boolean active) {

    public PersonChanges {
        otherUnitIds = otherUnitIds == null ? List.of() : List.copyOf(otherUnitIds);
    }
}
