package no.tavla.organisation;

/**
 * What the identity provider says about someone signing in.
 *
 * @param subject        the OpenID subject, stable per person
 * @param name           full name
 * @param email          e-mail, may be null
 * @param employeeNumber the HR employee number from the configured claim, may be null
 */
public record SignIn(String subject, String name, String email, String employeeNumber) {
}
