package no.tavla.organisation;

/**
 * A person in the administration's list.
 *
 * @param id              the person
 * @param name            full name
 * @param employeeNumber  HR's number, or null for someone HR has not listed
 * @param title           job title
 * @param unitName        their primary unit
 * @param email           e-mail
 * @param hasWorkComputer false for staff who need paper notices
 * @param active          false for someone who has left
 */
public record PersonRow(long id, String name, String employeeNumber, String title, String unitName, String email,
                        boolean hasWorkComputer, boolean active) {
}
