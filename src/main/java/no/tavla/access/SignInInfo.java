package no.tavla.access;

/**
 * What operators may know about the sign-in: the identity provider's issuer and whether it is the local one.
 *
 * @param issuer the OpenID Connect issuer
 * @param local  true for the built-in local sign-in (development only)
 */
public record SignInInfo(String issuer, boolean local) {
}
