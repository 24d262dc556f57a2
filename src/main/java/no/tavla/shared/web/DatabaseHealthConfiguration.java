package no.tavla.shared.web;

import java.time.Duration;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Replaces Spring Boot's database health check (named so Boot steps back) with one that answers within two seconds;
 * readiness includes it, so a load balancer stops sending users to a Tavla that cannot reach its database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, Environment environment) {
        Duration limit = environment.getProperty("tavla.database.health-timeout", Duration.class,
                Duration.ofMillis(1500));
        return new BoundedDatabaseHealth(dataSource, limit, Executors.newVirtualThreadPerTaskExecutor());
    }
}
