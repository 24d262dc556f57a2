package no.tavla.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.news.writing.Announcements;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What the writing hints say of an item is kept with it as it is saved, and communications see clear language in
 * what went out, week by week, as numbers only (issue 17).
 */
@TavlaIntegrationTest
class ClearLanguageIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Announcements announcements;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;
    @Autowired
    no.tavla.news.writing.PublishingSettings settings;

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    @Test
    void theHintsAreKeptWithTheItemAndCommunicationsSeeTheWeek() {
        TestOrganisation org = new TestOrganisation(jdbc, "clear");
        org.unit("P");
        org.person("Ed", "P").role("EDITOR", "P");
        org.person("Kim", "P").role("COMMUNICATIONS", null);
        ServiceSignIn.as(contexts, org.subject("Ed"));
        long heavy = announcements.create(ItemDraft.of("Omorganisering " + org.tag(), "", "Vedrørende"
                + " implementeringen av kommunestyrets vedtak foreligger det nødvendige forutsetninger for at"
                + " virksomhetsområdene iht. gjeldende retningslinjer skal iverksette omorganiseringsprosessen innenfor"
                + " tilgjengelige økonomiske rammebetingelser og eksisterende personalressurser i hele organisasjonen."
                + " Les [her](/units/P).", org.unitId("P"), null, ItemKind.NORMAL, null, false,
                Audience.units(new AudienceUnit(org.unitId("P"), true)), null, null, null));
        assertThat(jdbc.queryForObject("SELECT hint_lix FROM news_item WHERE id = ?", Integer.class, heavy))
                .isGreaterThan(60);
        assertThat(jdbc.queryForObject("SELECT hint_plainer_words FROM news_item WHERE id = ?", Integer.class, heavy))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT hint_accessibility FROM news_item WHERE id = ?", Integer.class, heavy))
                .isEqualTo(1);
        announcements.save(heavy, ItemDraft.of("Ny organisering " + org.tag(), "Fra mars får vi nye team.",
                "Kommunen får nye team fra mars. Alle beholder jobben. Lederen din forteller mer på neste møte.",
                org.unitId("P"), null, ItemKind.NORMAL, null, false,
                Audience.units(new AudienceUnit(org.unitId("P"), true)), null, null, null));
        assertThat(jdbc.queryForObject("SELECT hint_lix FROM news_item WHERE id = ?", Integer.class, heavy))
                .as("as last saved").isLessThanOrEqualTo(40);
        announcements.publish(heavy);
        assertThatThrownBy(() -> announcements.clearLanguage(12)).as("communications only")
                .isInstanceOf(AccessDeniedException.class);

        ServiceSignIn.as(contexts, org.subject("Kim"), "COMMUNICATIONS");
        java.util.List<Announcements.ClearLanguageWeek> weeks = announcements.clearLanguage(12);
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().items()).isPositive();
        assertThat(weeks.getLast().medianLix()).isNotNull();
        assertThat(weeks.getLast().monday().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Autowired
    no.tavla.news.writing.Corrections corrections;

    @Test
    void aCorrectionOfAPublishedItemKeepsWhatTheHintsSayOfTheNewText() {
        TestOrganisation org = new TestOrganisation(jdbc, "clearfix");
        org.unit("P");
        org.person("Kim", "P").role("COMMUNICATIONS", null);
        ServiceSignIn.as(contexts, org.subject("Kim"), "COMMUNICATIONS");
        Audience audience = Audience.units(new AudienceUnit(org.unitId("P"), true));
        long id = announcements.create(ItemDraft.of("Ny organisering " + org.tag(), "Fra mars får vi nye team.",
                "Kommunen får nye team fra mars. Alle beholder jobben.", org.unitId("P"), null, ItemKind.NORMAL,
                null, false, audience, null, null, null));
        announcements.publish(id);
        assertThat(jdbc.queryForObject("SELECT hint_plainer_words FROM news_item WHERE id = ?", Integer.class, id))
                .isZero();
        corrections.correct(id, ItemDraft.of("Ny organisering " + org.tag(), "Fra mars får vi nye team.",
                "Vedrørende teamene foreligger det en plan iht. vedtaket.", org.unitId("P"), null, ItemKind.NORMAL,
                null, false, audience, null, null, null), false, "mer presist");
        assertThat(jdbc.queryForObject("SELECT hint_plainer_words FROM news_item WHERE id = ?", Integer.class, id))
                .as("the trend counts the text readers now have").isEqualTo(3);
    }

    @Test
    void anItemInNynorskIsMeasuredWithTheNynorskWordList() {
        TestOrganisation org = new TestOrganisation(jdbc, "clearnn");
        org.unit("P");
        org.person("Ed", "P").role("EDITOR", "P");
        ServiceSignIn.as(contexts, org.subject("Ed"));
        long id = announcements.create(new ItemDraft("Ferie " + org.tag(), "", "Vedkomande ferien gjeld dei same"
                + " reglane som i fjor.", org.unitId("P"), null, ItemKind.NORMAL, null, false,
                Audience.units(new AudienceUnit(org.unitId("P"), true)), null, null, null, null,
                no.tavla.shared.Language.NYNORSK));
        assertThat(jdbc.queryForObject("SELECT language FROM news_item WHERE id = ?", String.class, id))
                .isEqualTo("nn");
        assertThat(jdbc.queryForObject("SELECT hint_plainer_words FROM news_item WHERE id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void theDefaultChecklistSavedAsItStandsStaysTheDefaultInEachReadersLanguage() {
        TestOrganisation org = new TestOrganisation(jdbc, "checklist");
        org.unit("P");
        org.person("Kim", "P").role("COMMUNICATIONS", null);
        ServiceSignIn.as(contexts, org.subject("Kim"), "COMMUNICATIONS");
        java.util.function.IntFunction<String> norwegian = i -> "Spørsmål " + i;
        try {
            settings.setChecklist(true, java.util.List.of("Spørsmål 1", "Spørsmål 2", "Spørsmål 3", "Spørsmål 4"),
                    norwegian);
            assertThat(settings.checklist(i -> "Question " + i).questions()).as("the default, in English")
                    .containsExactly("Question 1", "Question 2", "Question 3", "Question 4");
            settings.setChecklist(true, java.util.List.of("Spørsmål 1", " ", "Hvem må vite det først?"), norwegian);
            assertThat(settings.checklist(i -> "Question " + i)).satisfies(checklist -> {
                assertThat(checklist.own()).isTrue();
                assertThat(checklist.questions()).containsExactly("Spørsmål 1", "Hvem må vite det først?");
            });
        } finally {
            settings.setChecklist(true, java.util.List.of());
        }
    }
}
