package no.tavla.access.local;

import java.net.InetAddress;
import java.net.UnknownHostException;

import no.tavla.access.internal.OidcClientSettings;
import no.tavla.shared.ConfigurationProblem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The local profile: the in-process sign-in, which lets anyone in without a password. So Tavla then listens only on
 * loopback, unless {@code TAVLA_LOCAL_ALLOW_REMOTE=true} says otherwise (see docs/decisions/0002).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalSignInConfiguration {

    @Bean(destroyMethod = "stop")
    @ConditionalOnClass(name = "no.nav.security.mock.oauth2.MockOAuth2Server")
    LocalSignInServer localSignInServer(Environment environment) {
        requireLoopback(environment.getProperty("server.address"),
                environment.getProperty("tavla.local.allow-remote", Boolean.class, false));
        return LocalSignInServer.start(environment.getProperty("tavla.local.sign-in-port", Integer.class, 8090),
                DemoPerson.all());
    }

    @Bean
    OidcClientSettings oidcClientSettings(LocalSignInServer server) {
        return server.clientSettings();
    }

    static void requireLoopback(String serverAddress, boolean allowRemote) {
        if (allowRemote) {
            return;
        }
        if (serverAddress == null || serverAddress.isBlank() || !isLoopback(serverAddress.trim())) {
            throw new ConfigurationProblem("SERVER_ADDRESS",
                    "the local profile signs anyone in without a password, so it listens on loopback only, not on "
                            + (serverAddress == null || serverAddress.isBlank() ? "every interface" : serverAddress),
                    "Unset SERVER_ADDRESS (or use 127.0.0.1), or set TAVLA_LOCAL_ALLOW_REMOTE=true if you really "
                            + "want others on the network to sign in as anyone.");
        }
    }

    private static boolean isLoopback(String address) {
        if (address.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
