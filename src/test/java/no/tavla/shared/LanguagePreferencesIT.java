package no.tavla.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
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

    /** Subjects unique to this run, so the tests hold on a kept external database too. */
    private static String newSubject() {
        return "it-" + java.util.UUID.randomUUID();
    }

    @Test
    void aChosenLanguageIsRememberedAndCanBeChanged() {
        String person = newSubject();
        assertThat(preferences.languageOf(person)).isEmpty();
        preferences.remember(person, Language.ENGLISH);
        assertThat(preferences.languageOf(person)).contains(Language.ENGLISH);
        preferences.remember(person, Language.BOKMAAL);
        assertThat(preferences.languageOf(person)).contains(Language.BOKMAAL);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> preferences.remember(" ", Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preferences.remember("x".repeat(256), Language.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        String person = newSubject();
        assertThatThrownBy(() -> preferences.remember(person, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(preferences.languageOf(person)).isEmpty();
        assertThat(preferences.languageOf(null)).isEmpty();
    }

    @Test
    void theLanguageFromHrIsTheDefaultUntilThePersonChoosesOwn() {
        TestOrganisation.Person fromHr = new TestOrganisation(new JdbcTemplate(dataSource), "language")
                .person("sprak", null).language("en");
        String person = fromHr.subject();
        assertThat(preferences.languageOf(person)).contains(Language.ENGLISH);
        preferences.remember(person, Language.BOKMAAL);
        assertThat(preferences.languageOf(person)).contains(Language.BOKMAAL);
        fromHr.language("en");
        assertThat(preferences.languageOf(person)).as("a later HR import does not override the choice")
                .contains(Language.BOKMAAL);
    }

    @Test
    void nynorskAndSwedishAreRememberedAndComeFromHrToo() {
        String person = newSubject();
        preferences.remember(person, Language.NYNORSK);
        assertThat(preferences.languageOf(person)).contains(Language.NYNORSK);
        TestOrganisation.Person swede = new TestOrganisation(new JdbcTemplate(dataSource), "svensk")
                .person("sv", null).language("sv");
        assertThat(preferences.languageOf(swede.subject())).contains(Language.SWEDISH);
    }

    @Test
    void aDownloadIsInTheLanguageItsLinkNamesElseThePersonsOwnElseBokmaal() {
        String person = newSubject();
        preferences.remember(person, Language.SWEDISH);
        assertThat(preferences.forDownload("nn", person)).isEqualTo(Language.NYNORSK);
        assertThat(preferences.forDownload(null, person)).isEqualTo(Language.SWEDISH);
        assertThat(preferences.forDownload("klingon'--", person)).as("nonsense in the link is not a language")
                .isEqualTo(Language.SWEDISH);
        assertThat(preferences.forDownload(null, null)).isEqualTo(Language.BOKMAAL);
        assertThat(preferences.forDownload("x".repeat(5000), null)).isEqualTo(Language.BOKMAAL);
    }
}
