package no.tavla.organisation;

import java.util.List;

/**
 * Everything Tavla holds about a person, for the administration and for the person's own profile.
 *
 * @param employeeNumber    HR's number, or null for someone HR has not listed (then HR owns nothing of theirs); null
 *                          too for anyone but administrators and the person (decision 0011)
 * @param otherUnitIds      units they belong to besides the primary one
 * @param hasWorkComputer   null where the reader may not see it (not their staff)
 * @param preferredLanguage the language tag HR gives, or null
 */
public record PersonDetails(long id, String name, String employeeNumber, String email, String title,
                            Long primaryUnitId, String primaryUnitName, List<Long> otherUnitIds, String phone,
                            String responsibilities, String tags, Boolean hasWorkComputer, String preferredLanguage,
                            boolean active) {

    public PersonDetails {
        otherUnitIds = List.copyOf(otherUnitIds);
    }
}
