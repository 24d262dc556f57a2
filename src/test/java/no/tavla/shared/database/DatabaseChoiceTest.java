package no.tavla.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded MariaDB is started only when no database server is configured. */
class DatabaseChoiceTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void withADatasourceUrlTheEmbeddedDatabaseIsNeverStarted() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.kommune.no:3306/tavla")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.Lease.class);
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
