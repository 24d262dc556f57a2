/**
 * Who may come in: sign-in with OpenID Connect (the municipality's Entra ID or Keycloak, or the local sign-in in
 * development), roles from the identity provider's claims, and the guards on every URL.
 * The one {@code AccessPolicy} that answers "may this person do this here" lives in {@code organisation}, next to
 * the unit tree and the role assignments it reads; the sign-in links each person there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package no.tavla.access;
