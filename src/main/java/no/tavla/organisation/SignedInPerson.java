package no.tavla.organisation;

import java.util.Set;

/**
 * The person a sign-in belongs to.
 *
 * @param personId    the person in Tavla
 * @param active      false for someone HR has marked as having left
 * @param globalRoles COMMUNICATIONS and ADMIN assigned in Tavla (the identity provider may add more)
 */
public record SignedInPerson(long personId, boolean active, Set<Role> globalRoles) {
}
