package no.tavla.shared.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** With {@code SPRING_DATASOURCE_URL} set, Tavla waits for that server before the pool and Liquibase use it. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.class)
class ExternalDatabaseConfiguration {

    @Bean
    static BeanPostProcessor waitForExternalDatabase(Environment environment) {
        return new BeanPostProcessor() {
            private boolean reached;

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource && !reached) {
                    new ExternalDatabaseWait(
                            environment.getProperty(ExternalDatabaseCondition.URL_PROPERTY, ""),
                            environment.getProperty("spring.datasource.username", ""),
                            environment.getProperty("spring.datasource.password", ""),
                            environment.getProperty("tavla.database.connect-attempts", Integer.class, 12),
                            Duration.ofSeconds(environment.getProperty("tavla.database.connect-pause-seconds",
                                    Integer.class, 5)))
                            .untilReachable();
                    reached = true;
                }
                return bean;
            }
        };
    }
}
