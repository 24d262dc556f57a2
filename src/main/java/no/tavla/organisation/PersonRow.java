package no.tavla.organisation;

/**
 * A person in the administration's list, as much of them as the reader may see (decision 0011).
 *
 * @param id              the person
 * @param name            full name
 * @param employeeNumber  HR's number; null for someone HR has not listed, and for anyone but administrators
 * @param title           job title
 * @param unitName        their primary unit
 * @param email           e-mail
 * @param hasWorkComputer false for staff who need paper notices; null where the reader may not see it
 * @param active          false for someone who has left (shown only to administrators and the person's managers)
 */
public record PersonRow(long id, String name, String employeeNumber, String title, String unitName, String email,
                        Boolean hasWorkComputer, boolean active) {
}
