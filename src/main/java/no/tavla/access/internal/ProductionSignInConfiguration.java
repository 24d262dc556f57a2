package no.tavla.access.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** Outside the local profile, the sign-in comes from the environment and is checked at start-up. */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class ProductionSignInConfiguration {

    @Bean
    OidcClientSettings oidcClientSettings(OidcProperties properties) {
        return OidcClientSettings.from(properties);
    }

    /**
     * The sign-in settings are checked before any bean is made, so a missing {@code TAVLA_OIDC_*} variable is the
     * first thing an operator reads, not the last after a minute of waiting for the database.
     */
    @Bean
    static BeanFactoryPostProcessor signInSettingsCheckedFirst(Environment environment) {
        return beanFactory -> OidcClientSettings.from(
                Binder.get(environment).bindOrCreate("tavla.oidc", OidcProperties.class));
    }
}
