package no.tavla.access.internal;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Tavla's one client registration, built at the first sign-in rather than at start-up, so Tavla starts while the
 * identity provider is briefly down (see docs/decisions/0003). A failed discovery is tried again at the next sign-in.
 */
public class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "tavla";
    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrationRepository.class);

    private final OidcClientSettings settings;
    private volatile ClientRegistration registration;

    public LazyClientRegistrationRepository(OidcClientSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                registration = build();
            }
            return registration;
        }
    }

    private ClientRegistration build() {
        ClientRegistration.Builder builder;
        OidcClientSettings.Endpoints endpoints = settings.endpoints();
        if (endpoints == null) {
            try {
                builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri());
            } catch (RuntimeException e) {
                log.warn("The identity provider {} could not be reached for discovery: {}", settings.issuerUri(),
                        e.getMessage());
                throw new IdentityProviderUnavailable(settings.issuerUri(), e);
            }
        } else {
            Map<String, Object> metadata = new HashMap<>();
            if (endpoints.endSessionUri() != null) {
                metadata.put("end_session_endpoint", endpoints.endSessionUri());
            }
            builder = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                    .issuerUri(settings.issuerUri())
                    .authorizationUri(endpoints.authorizationUri())
                    .tokenUri(endpoints.tokenUri())
                    .jwkSetUri(endpoints.jwkSetUri())
                    .userInfoUri(endpoints.userInfoUri())
                    .providerConfigurationMetadata(metadata);
        }
        return builder.registrationId(REGISTRATION_ID)
                .clientName("Tavla")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(settings.scopes())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                // PKCE also for this confidential client (OAuth 2.1, and what Entra ID and Keycloak recommend)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    /** The identity provider did not answer discovery. */
    public static class IdentityProviderUnavailable extends RuntimeException {
        IdentityProviderUnavailable(String issuer, Throwable cause) {
            super("The identity provider " + issuer + " is not available", cause);
        }
    }
}
