package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TavlaIntegrationTest
class LanguagePreferencesIT {

    @Autowired
    LanguagePreferences preferences;

    @Autowired
    DataSource dataSource;

    @Test
    void theSchemaIsBuiltByLiquibaseOnMariaDb() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
        Integer applied = new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'shared-001-language-preference'", Integer.class);
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void aChosenLanguageIsRememberedAndCanBeChanged() {
        assertThat(preferences.languageOf("it-person-1")).isEmpty();
        preferences.remember("it-person-1", Language.ENGLISH);
        assertThat(preferences.languageOf("it-person-1")).contains(Language.ENGLISH);
        preferences.remember("it-person-1", Language.BOKMAAL);
        assertThat(preferences.languageOf("it-person-1")).contains(Language.BOKMAAL);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> preferences.remember(" ", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preferences.remember("x".repeat(256), Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preferences.remember("it-person-2", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(preferences.languageOf("it-person-2")).isEmpty();
        assertThat(preferences.languageOf(null)).isEmpty();
    }
}
