/**
 * Who may come in: sign-in with OpenID Connect (the municipality's Entra ID or Keycloak, or the local sign-in in
 * development), roles from the identity provider's claims, and the guards on every URL. Issue 3 adds the one
 * {@code AccessPolicy} that answers "may this person do this here" for every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package no.tavla.access;
