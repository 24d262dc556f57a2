package no.tavla.organisation;

/**
 * What the people list shows.
 *
 * @param text        part of a name, e-mail or employee number; empty for everyone
 * @param unitId      only people in this unit or below it (primary unit), or null
 * @param role        only people holding this role, or null
 * @param hasComputer only people with (true) or without (false) a work computer, or null
 * @param includeLeft also people who have left
 */
public record PeopleFilter(String text, Long unitId, Role role, Boolean hasComputer, boolean includeLeft) {

    public PeopleFilter {
        text = text == null ? "" : text.strip();
    }

    public static PeopleFilter everyone() {
        return new PeopleFilter("", null, null, null, false);
    }
}
