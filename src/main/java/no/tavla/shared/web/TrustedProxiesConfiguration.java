package no.tavla.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Forwarded headers only from the proxies in {@code TAVLA_TRUSTED_PROXIES} (default: loopback). Spring Boot's
 * {@code native} strategy adds Tomcat's {@code RemoteIpValve}, which by default believes every private address; this
 * narrows it, after Boot has added it.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(Environment environment) {
        String regex = TrustedProxies.regex(environment.getProperty("tavla.trusted-proxies", TrustedProxies.DEFAULT));
        return new Customizer(regex);
    }

    private record Customizer(String regex) implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            for (Valve valve : factory.getEngineValves()) {
                if (valve instanceof RemoteIpValve remoteIp) {
                    remoteIp.setInternalProxies(regex);
                    remoteIp.setTrustedProxies(null);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
