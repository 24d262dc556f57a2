package no.tavla.organisation;

import java.util.Set;

/**
 * The person a sign-in belongs to.
 *
 * @param personId    the person in Tavla
 * @param active      false for someone HR has marked as having left
 * @param globalRoles COMMUNICATIONS and ADMIN assigned in Tavla (the identity provider may add more)
 * @param unitRoles   EDITOR and MANAGER if the person holds them on any unit (where is for the policy to say)
 */
public record SignedInPerson(long personId, boolean active, Set<Role> globalRoles, Set<Role> unitRoles) {
}
