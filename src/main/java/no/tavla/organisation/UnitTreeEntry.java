package no.tavla.organisation;

/**
 * One unit in the browsable tree.
 *
 * @param id       the unit
 * @param code     its code, used in its address
 * @param name     its name
 * @param type     sector, unit, department or project
 * @param active   false for archived units
 * @param parentId the unit above, null at the top
 * @param people   active people whose primary unit it is
 */
public record UnitTreeEntry(long id, String code, String name, UnitType type, boolean active, Long parentId,
                            int people) {
}
