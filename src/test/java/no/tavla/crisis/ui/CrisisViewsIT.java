package no.tavla.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crisis mode's pages in both languages: the crisis staff switch it on in two steps (what and for whom, then what will
 * happen), the banner stands above every page of everyone in scope, the crisis page takes "Jeg har lest", updates
 * and the switch off; an employee cannot open the leaders' page.
 */
class CrisisViewsIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.tavla.crisis.Crises crises;

    @AfterEach
    void endEveryCrisis() {
        // a crisis left on would stand above every other test's pages
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    private String bannerText() {
        return PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-crisis-banner")));
    }

    @Test
    void theCrisisStaffSwitchItOnInTwoStepsAndEveryoneSeesItUntilItIsSwitchedOff() {
        String title = "Vannforurensing " + System.nanoTime();
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        UI.getCurrent().navigate("crisis");
        assertThat(PageText.of(UI.getCurrent())).contains("Krisemodus").contains("Slå på krisemodus");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-on-next")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-crisis-on-title")).getErrorMessage())
                .isEqualTo("Skriv en kort tittel på krisen.");

        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-crisis-on-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-on-message")),
                "Ikke drikk vann fra springen før videre beskjed.");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("tavla-crisis-on-whole")), true);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-on-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-crisis-forecast")).getText())
                // numbers as Norwegian writes them: 4 099, with a space between the thousands
                .matches("N personer berøres: N får et banner på skjermen, N får SMS og N e-post\\. N har ingen kanal:"
                        .replace("N", "[\\d\\s\u00a0\u202f]+") + " skriv ut oppslag til dem\\.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-on-confirm")));

        assertThat(PageText.of(UI.getCurrent())).contains(title).contains("Slått på").contains("Ingen oppdateringer");
        assertThat(bannerText()).contains("Krise: " + title).contains("Ikke drikk vann fra springen")
                .contains("Les mer og bekreft");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-update-text")),
                "Vann deles ut ved rådhuset fra kl. 14.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-post")));
        assertThat(PageText.of(UI.getCurrent())).contains("Vann deles ut ved rådhuset fra kl. 14.")
                .contains("oppdatering: Vann deles ut").contains("personer berørt: banner til")
                // the messages written at once, and how they go (the test sends none itself)
                .contains("SMS og e-post").contains("Varselet · SMS: 0 av").contains("Varselet · E-post: 0 av")
                .contains("e-poster lagt i kø for sending");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("");
        assertThat(bannerText()).as("above every page, with the latest word").contains("Krise: " + title)
                .contains("Vann deles ut ved rådhuset fra kl. 14.");
        UI.getCurrent().navigate(path);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-confirm-button")));
        assertThat(PageText.of(UI.getCurrent())).contains("Du har bekreftet at du har lest dette.");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-crisis-post"));
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path);
        assertThat(PageText.of(UI.getCurrent())).contains("You have confirmed that you have read this.")
                .contains("Updates");
        assertThat(bannerText()).contains("Crisis: " + title).contains("Read more and confirm");
        UI.getCurrent().navigate("crisis");
        _assertNone(TextField.class, spec -> spec.withClasses("tavla-crisis-on-title"));

        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        UI.getCurrent().navigate(path);
        assertThat(PageText.of(UI.getCurrent())).contains("1 har bekreftet at de har lest.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-off")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-closing-text")).getErrorMessage())
                .isEqualTo("Skriv en avsluttende melding: hva gjelder nå?");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-closing-text")),
                "Vannet er trygt å drikke igjen.");
        _get(Checkbox.class, spec -> spec.withLabel("Send også som SMS").withClasses("tavla-crisis-off-sms"));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-off")));
        assertThat(PageText.of(UI.getCurrent())).contains("Avsluttet").contains("Vannet er trygt å drikke igjen.")
                .contains("slått av: Vannet er trygt");

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("");
        // the banner goes (Karibu finds only what is shown)
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-crisis-banner"));
    }

    @Test
    void theCrisisPageIsForThoseInItsScopeAndTheLeadersPageForThoseWhoLeadCrises() {
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        long homeCare = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        String title = "Smitteutbrudd " + System.nanoTime();
        long id = crises.switchOn(new no.tavla.crisis.CrisisDraft(title, "Bruk munnbind hos alle brukere.", false,
                java.util.Set.of(homeCare), false)).id();

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("crisis/" + id);
        assertThat(PageText.of(UI.getCurrent())).as("home care: in scope").contains(title);
        _get(Button.class, spec -> spec.withClasses("tavla-crisis-confirm-button"));

        signInAsDemoPerson("demo-jonas", "Jonas Berg", "10002");
        UI.getCurrent().navigate("");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-crisis-banner"));
        UI.getCurrent().navigate("crisis/" + id);
        assertThat(PageText.of(UI.getCurrent())).as("another unit: as if there were none").contains("Fant ikke siden")
                .doesNotContain(title);
        UI.getCurrent().navigate("crisis/not-a-number");
        assertThat(PageText.of(UI.getCurrent())).contains("Fant ikke siden");

        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "ADMIN");
        UI.getCurrent().navigate("crisis");
        _assertNone(TextField.class, spec -> spec.withClasses("tavla-crisis-on-title"));
        UI.getCurrent().navigate("crisis/" + id);
        _assertNone(Button.class, spec -> spec.withClasses("tavla-crisis-off"));

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("crisis");
        assertThat(PageText.of(UI.getCurrent())).as("communications lead crises too").contains("Pågår nå")
                .contains(title);
        UI.getCurrent().navigate("crisis/" + id);
        _get(Button.class, spec -> spec.withClasses("tavla-crisis-off"));
    }

    @Test
    void aCrisisHoldsPlannedItemsThatCommunicationsReleasesOneByOneAndOthersCannotOpenTheList() {
        String title = "Planlagt før krisen " + System.nanoTime();
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, '', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED', NOW(6) + INTERVAL 1 DAY,"
                + " p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number ="
                + " '10005'", title);
        String outTitle = "Ute, eksternt senere " + System.nanoTime();
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, external_release_at, author_id, created_at, updated_at,"
                + " version) SELECT ?, '', 'Tekst', u.id, 'NORMAL', false, true, true, 'PUBLISHED', NOW(6) - INTERVAL"
                + " 1 MINUTE, NOW(6) + INTERVAL 1 DAY, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code ="
                + " 'ST' AND p.employee_number = '10005'", outTitle);
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        long homeCare = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        long id = crises.switchOn(new no.tavla.crisis.CrisisDraft("Flom " + System.nanoTime(), "Elva flommer over.",
                false, java.util.Set.of(homeCare), false)).id();
        // one of the crisis staff who is nothing else: sees what is held, communications handle it
        signInAsDemoPerson("demo-jonas", "Jonas Berg", "10002", "CRISIS");
        UI.getCurrent().navigate("crisis/" + id);
        assertThat(PageText.of(_get(Paragraph.class, spec -> spec.withClasses("tavla-crisis-held"))))
                .containsPattern("(1 planlagt sak er|\\d+ planlagte saker er) holdt tilbake\\.")
                .contains("Gå gjennom dem");
        UI.getCurrent().navigate("news/held");
        assertThat(PageText.of(UI.getCurrent())).contains("Holdt tilbake under krisen").contains(title);
        _assertNone(Button.class, spec -> spec.withClasses("tavla-held-release"));

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("news/held");
        assertThat(PageText.of(UI.getCurrent())).contains("Du har ikke tilgang").doesNotContain(title);

        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("news/held");
        assertThat(PageText.of(UI.getCurrent())).contains("Held back during the crisis").contains(title);
        com.vaadin.flow.component.html.ListItem entry = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("tavla-held-item")).stream()
                .filter(item -> PageText.of(item).contains(title)).findFirst().orElseThrow();
        _click(_get(entry, Button.class, spec -> spec.withClasses("tavla-held-withdraw")));
        assertThat(PageText.of(entry)).contains("Give a reason.");
        _click(_get(entry, Button.class, spec -> spec.withClasses("tavla-held-release")));
        assertThat(PageText.of(UI.getCurrent())).doesNotContain(title);
        assertThat(jdbc.queryForObject("SELECT status FROM news_item WHERE title = ?", String.class, title))
                .isEqualTo("PUBLISHED");

        // out to staff before the crisis, its public part still ahead: held apart
        assertThat(PageText.of(UI.getCurrent())).contains("Out to staff, public release held back").contains(outTitle);
        com.vaadin.flow.component.html.ListItem out = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("tavla-held-public-item"))
                .stream().filter(item -> PageText.of(item).contains(outTitle)).findFirst().orElseThrow();
        _click(_get(out, Button.class, spec -> spec.withClasses("tavla-held-public-keep")));
        assertThat(PageText.of(out)).contains("Give a reason.");
        _click(_get(out, Button.class, spec -> spec.withClasses("tavla-held-public-release")));
        assertThat(PageText.of(UI.getCurrent())).doesNotContain(outTitle);
        assertThat(jdbc.queryForObject("SELECT external_release_at IS NOT NULL AND external_held_at IS NULL FROM"
                + " news_item WHERE title = ?", Boolean.class, outTitle)).isTrue();
    }

    @Test
    void endedDrillsAreListedApartFromEndedCrises() {
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        long homeCare = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        String crisisTitle = "Ekte brann " + System.nanoTime();
        String drillTitle = "Øvd brann " + System.nanoTime();
        long real = crises.switchOn(new no.tavla.crisis.CrisisDraft(crisisTitle, "Brann.", false,
                java.util.Set.of(homeCare), false)).id();
        crises.switchOff(real, "Slukket.");
        long drill = crises.switchOn(new no.tavla.crisis.CrisisDraft(drillTitle, "Øvelse.", false,
                java.util.Set.of(homeCare), true)).id();
        crises.switchOff(drill, "Øvelsen er over.");
        UI.getCurrent().navigate("crisis");
        String text = PageText.of(UI.getCurrent());
        int crisesHeading = text.indexOf("Tidligere kriser");
        int drillsHeading = text.indexOf("Tidligere øvelser");
        assertThat(crisesHeading).isNotNegative();
        assertThat(drillsHeading).isGreaterThan(crisesHeading);
        assertThat(text.indexOf(crisisTitle)).isBetween(crisesHeading, drillsHeading);
        assertThat(text.indexOf(drillTitle)).isGreaterThan(drillsHeading);
    }

    @Test
    void theLeadersKeepTheEmergencyPlanAndWhomToCallReadyAndEveryCrisisPageShowsThem() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("crisis");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-crisis-prep-name")), "Beredskapsplan");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-crisis-prep-url")), "/units/HO-HJT");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-prep-contacts")),
                "Kriseledelsen; vakttelefon; 900 00 000\nbare tekst");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-prep-save")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-prep-contacts")).getErrorMessage())
                .isEqualTo("Linje 2 er ikke «navn; rolle; telefonnummer» eller «navn; telefonnummer».");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-prep-contacts")),
                "Kriseledelsen; vakttelefon; 900 00 000");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-prep-save")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-crisis-prep-contacts")).getValue())
                .isEqualTo("Kriseledelsen; vakttelefon; 900 00 000");

        long homeCare = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class);
        long id = crises.switchOn(new no.tavla.crisis.CrisisDraft("Brann " + System.nanoTime(), "Hold dere unna.",
                false, java.util.Set.of(homeCare), false)).id();
        // communications publish public information at once, internal first by seconds
        UI.getCurrent().navigate("crisis/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-crisis-public-publish")));
        assertThat(PageText.of(UI.getCurrent())).contains("Offentlig sak nr.")
                .contains("offentlig sak publisert: internt først, eksternt 10 sekunder etter");
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("crisis/" + id);
        _assertNone(Button.class, spec -> spec.withClasses("tavla-crisis-public-publish"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Beredskapsplan"))
                .getHref()).isEqualTo("/units/HO-HJT");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("900 00 000"))
                .getHref()).isEqualTo("tel:90000000");
        assertThat(PageText.of(UI.getCurrent())).contains("Hvem du ringer").contains("Kriseledelsen, vakttelefon");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("crisis/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("The emergency plan").contains("Whom to call");
    }
}
