package no.tavla.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Outside the local profile, the sign-in comes from the environment and is checked at start-up. */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class ProductionSignInConfiguration {

    @Bean
    OidcClientSettings oidcClientSettings(OidcProperties properties) {
        return OidcClientSettings.from(properties);
    }
}
