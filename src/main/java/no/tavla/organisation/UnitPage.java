package no.tavla.organisation;

import java.util.List;

import no.tavla.shared.Language;

/**
 * Everything a unit's page shows.
 *
 * @param id          the unit
 * @param code        its code, used in its address
 * @param name        its name
 * @param type        sector, unit, department or project
 * @param active      false for an archived unit, which stays readable
 * @param path        the units above it, top first, for the breadcrumb
 * @param description the unit's own text (Markdown)
 * @param contact     e-mail, phone and visiting address
 * @param leader      the unit's leader, if HR or an administrator named one
 * @param editors     its editors (hovedredaktører), including those of units above it
 * @param managers    its managers, including those of units above it
 * @param subUnits    the units directly below it
 * @param people      the people whose primary unit it is, or who are also members, by name
 * @param mayEdit     whether the person looking may change the description and contact details
 * @param printLanguage the language the unit's printouts (the notices for its wall) are in
 */
public record UnitPage(long id, String code, String name, UnitType type, boolean active, List<UnitLink> path,
                       String description, UnitContact contact, PersonCard leader, List<PersonCard> editors,
                       List<PersonCard> managers, List<UnitLink> subUnits, List<PersonCard> people, boolean mayEdit,
                       Language printLanguage) {

    /** A unit as a link: its code and name. */
    public record UnitLink(String code, String name, UnitType type, boolean active) {
    }

    /** A person as others see them on a unit page: "who does what". */
    public record PersonCard(long id, String name, String title, String responsibilities, String tags, String email,
                             String phone) {
    }
}
