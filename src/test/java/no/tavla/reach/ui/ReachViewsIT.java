package no.tavla.reach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reach pages and the staff-room screen in the demo municipality: Per Lie manages the home care service
 * (Hjemmetjenesten), where most staff have no PC; Ingrid Solheim is communications; Kari Nordmann is an employee.
 */
class ReachViewsIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.tavla.crisis.Crises crises;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private long item;

    @BeforeEach
    void aMustReadItemForHomeCare() {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Ingress', 'Tekst', u.id, 'MUST_READ', false, false, false, 'PUBLISHED', ?, p.id, NOW(6),"
                + " NOW(6), 0 FROM unit u, person p WHERE u.code = 'HO-HJT' AND p.employee_number = '10005'",
                "Smittevern " + tag, Timestamp.from(Instant.now().minusSeconds(3600)));
        item = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, "Smittevern " + tag);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT ?, id, false FROM unit"
                + " WHERE code = 'HO-HJT'", item);
    }

    private static Div section(String className) {
        return _get(Div.class, spec -> spec.withClasses(className));
    }

    private void asPer() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
    }

    @Test
    void aManagerRecordsAMeetingAndSignaturesUntilEveryoneIsReached() {
        asPer();
        UI.getCurrent().navigate("reach/" + item);
        assertThat(PageText.of(UI.getCurrent())).contains("Rekkevidde: Smittevern " + tag, "0 % nådd",
                "Kari Nordmann", "Skriv ut oppslag med signaturliste");

        Div meeting = section("tavla-reach-meeting");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-meeting-save")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> nobody = _get(CheckboxGroup.class, spec -> spec.withClasses("tavla-meeting-ticks"));
        assertThat(nobody.isInvalid()).as("a meeting with nobody ticked is refused on the ticks").isTrue();
        assertThat(nobody.getErrorMessage()).isEqualTo("Kryss av for minst én som var til stede.");
        _setValue(_get(meeting, TextField.class, spec -> spec.withClasses("tavla-reach-filter")), "Kari");
        _click(_get(meeting, Button.class, spec -> spec.withClasses("tavla-reach-tick-all")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> attendees = _get(CheckboxGroup.class, spec -> spec.withClasses("tavla-meeting-ticks"));
        assertThat(attendees.getValue()).hasSizeGreaterThanOrEqualTo(1);
        int told = attendees.getValue().size();
        _click(_get(Button.class, spec -> spec.withClasses("tavla-meeting-save")));
        assertThat(PageText.of(UI.getCurrent())).contains(told + (told == 1 ? " person" : " personer")
                + " informert, ført av Per Lie");
        assertThat(_get(section("tavla-reach-meetings"), Paragraph.class, spec -> spec.withClasses("tavla-reach-saved"))
                .getText()).as("what was saved is said where it shows").startsWith("Møtet ")
                .endsWith(" er lagret med " + (told == 1 ? "1 person" : told + " personer") + " til stede.");

        _click(_get(section("tavla-reach-paper"), Button.class, spec -> spec.withClasses("tavla-reach-tick-all")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-paper-save")));
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("100 % nådd", "Alle dine ansatte er nådd");
        assertThat(_get(section("tavla-reach-paper"), Paragraph.class, spec -> spec.withClasses("tavla-reach-saved"))
                .getText()).startsWith("Signaturene er lagret: ").endsWith(" står nå som signert på papir.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reach_confirmation WHERE item_id = ?"
                + " AND channel = 'PAPER'", Integer.class, item)).isPositive();
    }

    /** The reach page says the deadline to confirm by and what it has set off, in both languages. */
    @Test
    void theReachPageSaysTheDeadlineAndWhatItSetOff() {
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofDays(2))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        jdbc.update("UPDATE news_item SET confirm_by = ? WHERE id = ?", java.sql.Timestamp.from(deadline), item);
        jdbc.update("INSERT INTO reach_deadline_step (item_id, confirm_by, step, people, done_at) VALUES (?, ?,"
                + " 'PT72H', 4, NOW(6))", item, java.sql.Timestamp.from(deadline));
        asPer();
        UI.getCurrent().navigate("reach/" + item);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "tavla-reach-deadline")).getText()).startsWith("Frist for å bekrefte: "
                        + no.tavla.shared.TavlaTime.dateTime(deadline, UI.getCurrent().getLocale()) + ".")
                .contains("Påminnelse sendt").endsWith("til 4 personer.");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("reach/" + item);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "tavla-reach-deadline")).getText()).startsWith("Deadline to confirm: ").endsWith("to 4 people.");
    }

    @Test
    void aManagerSeesTheUnitsReachMakesAScreenAndTheScreenShowsTheItem() {
        asPer();
        UI.getCurrent().navigate("reach");
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Lest og forstått per uke, Hjemmetjenesten", "Smittevern " + tag,
                "Skriv ut denne ukens oppslag", "Infoskjerm på pauserommet");
        String trend = _get(com.vaadin.flow.component.Svg.class).getElement().getProperty("innerHTML");
        assertThat(trend).as("the weekly trend is a chart named and described in words").contains("role=\"img\"",
                "Nådd per uke, saker som må leses og forstås", "Uken fra");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-kiosk-label")), "Pauserom " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-kiosk-create")));
        String address = _find(TextField.class).stream().filter(f -> f.getValue().contains("/kiosk/")).findFirst()
                .orElseThrow().getValue();
        assertThat(PageText.of(UI.getCurrent())).contains("Pauserom " + tag, "laget av Per Lie");
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, '', 'Tekst', u.id, 'IMPORTANT', false, false, false, 'PUBLISHED', ?, p.id, NOW(6),"
                + " NOW(6), 0 FROM unit u, person p WHERE u.code = 'HO-HJT' AND p.employee_number = '10005'",
                "Vaktliste " + tag, Timestamp.from(Instant.now().minusSeconds(60)));
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT i.id, u.id, false"
                + " FROM news_item i, unit u WHERE i.title = ? AND u.code = 'HO-HJT'", "Vaktliste " + tag);

        signOut();
        UI.getCurrent().navigate(address.substring(address.indexOf("kiosk/")));
        assertThat(PageText.of(UI.getCurrent())).contains("Hjemmetjenesten", "Lest og forstått").containsPattern(
                "Sak \\d+ av \\d+");
        _get(KioskView.class).show();

        // someone at the screen stops the turns to read to the end, and starts them again (WCAG 2.2.2)
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-kiosk-position")).getText())
                .startsWith("Sak 1 av ");
        String first = _get(H1.class, spec -> spec.withClasses("tavla-kiosk-title")).getText();
        Button pause = _get(Button.class, spec -> spec.withClasses("tavla-kiosk-pause"));
        assertThat(pause.getText()).isEqualTo("Stopp vekslingen");
        _click(pause);
        assertThat(pause.getText()).isEqualTo("Fortsett vekslingen");
        assertThat(_get(Div.class, spec -> spec.withClasses("tavla-kiosk-stage")).getElement()
                .getAttribute("aria-live")).as("stopped, a change is read out").isEqualTo("polite");
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(_get(H1.class, spec -> spec.withClasses("tavla-kiosk-title")).getText()).isEqualTo(first);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-kiosk-position")).getText())
                .startsWith("Sak 1 av ");
        _click(pause);
        assertThat(_get(Div.class, spec -> spec.withClasses("tavla-kiosk-stage")).getElement()
                .getAttribute("aria-live")).as("turning by itself, not a live region").isEqualTo("off");
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-kiosk-position")).getText())
                .startsWith("Sak 2 av ");

        // a unit that prints its notices in Nynorsk gets its screen in Nynorsk, marked so for screen readers
        jdbc.update("UPDATE unit SET print_language = 'nn' WHERE code = 'HO-HJT'");
        try {
            UI.getCurrent().navigate(address.substring(address.indexOf("kiosk/")));
            assertThat(_get(KioskView.class).getElement().getAttribute("lang")).isEqualTo("nn");
            assertThat(_get(Button.class, spec -> spec.withClasses("tavla-kiosk-pause")).getText())
                    .isEqualTo("Stopp vekslinga");
            assertThat(PageText.of(UI.getCurrent())).contains("Lese og forstått");
            assertThat(_get(H1.class, spec -> spec.withClasses("tavla-kiosk-title")).getElement()
                    .getAttribute("lang")).as("no Nynorsk version: the words are as written").isEqualTo("nb");
        } finally {
            jdbc.update("UPDATE unit SET print_language = NULL WHERE code = 'HO-HJT'");
        }

        UI.getCurrent().navigate("kiosk/not-a-real-token-at-all-0123456789");
        assertThat(PageText.of(UI.getCurrent())).as("the same screen on the wall: still in the language it spoke")
                .contains("Denne skjermen er ikkje i bruk lenger")
                .doesNotContain("Smittevern " + tag);
    }

    @Test
    void aManagerSeesWhoHasConfirmedACrisisByNameAndCommunicationsInNumbers() {
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "CRISIS");
        no.tavla.crisis.Crisis crisis = crises.switchOn(new no.tavla.crisis.CrisisDraft("Vannlekkasje " + tag,
                "Bruk inngangen mot vest.", false, java.util.Set.of(jdbc.queryForObject(
                "SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class)), false));
        try {
            signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
            crises.confirm(crisis.id());

            asPer();
            UI.getCurrent().navigate("reach");
            Div section = section("tavla-reach-crisis");
            String text = PageText.of(section);
            assertThat(text).contains("Krise og øvelse: hvem har bekreftet at de har lest", "Krise: Vannlekkasje "
                    + tag, "Pågår, slått på").containsPattern("1 av \\d+ har bekreftet \\(\\d+ %\\)")
                    .containsPattern("Ikke bekreftet ennå \\(\\d+\\)")
                    .contains("Nora Haugland · Hjemmetjenesten · uten PC")
                    .doesNotContain("Kari Nordmann");
            assertThat(_get(section, com.vaadin.flow.component.html.Anchor.class,
                    spec -> spec.withClasses("tavla-reach-crisis-sheet")).getHref())
                    .isEqualTo("crisis-prints/" + crisis.id() + "/notice.pdf?lang=nb");

            // the sheet comes back: Nora signed it
            _click(_get(section, Button.class, spec -> spec.withClasses("tavla-reach-crisis-paper-save")));
            assertThat(PageText.of(section)).contains("Kryss av minst én som har signert.");
            @SuppressWarnings("unchecked")
            CheckboxGroup<no.tavla.reach.PersonReach> ticks = _get(section, CheckboxGroup.class,
                    spec -> spec.withClasses("tavla-reach-crisis-ticks"));
            ticks.setValue(java.util.Set.of(ticks.getListDataView().getItems()
                    .filter(person -> person.name().equals("Nora Haugland")).findFirst().orElseThrow()));
            _click(_get(section, Button.class, spec -> spec.withClasses("tavla-reach-crisis-paper-save")));
            assertThat(PageText.of(section("tavla-reach-crisis"))).containsPattern("2 av \\d+ har bekreftet"
                    + " \\(\\d+ %\\), 1 av dem på papir").doesNotContain("Nora Haugland · Hjemmetjenesten");

            signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
            UI.getCurrent().navigate("reach");
            assertThat(PageText.of(section("tavla-reach-crisis"))).contains("Krise: Vannlekkasje " + tag)
                    .containsPattern("2 av \\d+ har bekreftet \\(\\d+ %\\), 1 av dem på papir")
                    .doesNotContain("Nora Haugland", "Ikke bekreftet ennå");
        } finally {
            no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
        }
    }

    @Test
    void communicationsSeeNumbersAndEmployeesNothing() {
        // what the notifications did for the item: two in their bells, one e-mail sent and one failed, one SMS sent
        jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " created_at) SELECT p.id, ?, c.channel, 'RELEASED', c.status, 1, NOW(6), NOW(6) FROM person p,"
                + " (SELECT 'BELL' channel, 'SENT' status, '10001' who UNION ALL SELECT 'BELL', 'SENT', '10004'"
                + " UNION ALL SELECT 'EMAIL', 'SENT', '10004' UNION ALL SELECT 'EMAIL', 'FAILED', '10001'"
                + " UNION ALL SELECT 'SMS', 'SENT', '10001') c WHERE p.employee_number = c.who", item);
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
        UI.getCurrent().navigate("reach/" + item);
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Varslet: 2 i varsler i Tavla; e-post: 1 sendt, 0 venter, 1 kunne ikke sendes;"
                + " SMS: 1 sendt, 0 venter, 0 kunne ikke sendes.");
        assertThat(text).contains("Rekkevidde per enhet", "Navnene vises bare for lederne")
                .doesNotContain("Kari Nordmann", "Lagre signaturene");
        _assertNone(CheckboxGroup.class);
        UI.getCurrent().navigate("reach");
        assertThat(PageText.of(UI.getCurrent())).contains("Lest og forstått per uke, Hele kommunen",
                "Smittevern " + tag).doesNotContain("Infoskjerm på pauserommet");

        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("reach/" + item);
        _assertNone(ItemReachView.class);
        UI.getCurrent().navigate("reach");
        _assertNone(ReachView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNameUntickedStaysUntickedWhateverTheSearchAndWhatIsSavedIsWhatIsTicked() {
        asPer();
        UI.getCurrent().navigate("reach/" + item);
        Div paper = section("tavla-reach-paper");
        CheckboxGroup<no.tavla.reach.PersonReach> ticks = _get(CheckboxGroup.class,
                spec -> spec.withClasses("tavla-paper-ticks"));
        TextField search = _get(paper, TextField.class, spec -> spec.withClasses("tavla-reach-filter"));
        no.tavla.reach.PersonReach kari = ticks.getListDataView().getItems()
                .filter(p -> p.name().equals("Kari Nordmann")).findFirst().orElseThrow();
        no.tavla.reach.PersonReach other = ticks.getListDataView().getItems()
                .filter(p -> !p.name().toLowerCase(java.util.Locale.ROOT).contains("kar")
                        && (p.unitName() == null || !p.unitName().toLowerCase(java.util.Locale.ROOT).contains("kar")))
                .findFirst().orElseThrow();
        _setValue(ticks, java.util.Set.of(kari, other));
        _setValue(search, "Kar");
        _setValue(ticks, java.util.Set.of()); // Kari ticked by mistake, taken back while searching
        _setValue(search, "Kari");
        assertThat(ticks.getValue()).as("Kari stays unticked").isEmpty();
        _setValue(search, "");
        assertThat(ticks.getValue()).extracting(no.tavla.reach.PersonReach::personId)
                .containsExactly(other.personId());
        _setValue(search, "Kari");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-paper-save")));
        assertThat(jdbc.queryForList("SELECT person_id FROM reach_confirmation WHERE item_id = ? AND channel = 'PAPER'",
                Long.class, item)).as("the one ticked, though the search hid her; never Kari")
                .containsExactly(other.personId());
    }

    @Test
    void theSignatureSectionsFieldsHaveLabelsOfTheirOwn() {
        asPer();
        UI.getCurrent().navigate("reach/" + item);
        Div paper = section("tavla-reach-paper");
        String date = _get(paper, com.vaadin.flow.component.datepicker.DatePicker.class).getLabel();
        String who = _get(paper, CheckboxGroup.class).getLabel();
        assertThat(date).isEqualTo("Dato for signaturene");
        assertThat(who).isEqualTo("Hvem har skrevet under").isNotEqualTo(date);
    }

    @Test
    void aDraftOrScheduledItemHasNoReachPageForAManager() {
        jdbc.update("UPDATE news_item SET status = 'DRAFT' WHERE id = ?", item);
        asPer();
        UI.getCurrent().navigate("reach/" + item);
        _assertNone(ItemReachView.class);
        assertThat(PageText.of(UI.getCurrent())).contains("Fant ikke siden").doesNotContain("Smittevern " + tag);
        jdbc.update("UPDATE news_item SET status = 'PUBLISHED', release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plusSeconds(86_400)), item);
        UI.getCurrent().navigate("reach/" + item);
        _assertNone(ItemReachView.class);
    }

    @Test
    void batchPrintingWithNothingNewSaysSoInWords() throws Exception {
        asPer();
        UI.getCurrent().navigate("reach", com.vaadin.flow.router.QueryParameters.of("unit", String.valueOf(
                jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class))));
        // the first batch prints what there is; the second, since the first, has nothing new
        _click(_get(Button.class, spec -> spec.withClasses("tavla-batch-since")));
        awaitBatchStatus("Ferdig");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-batch-since")));
        assertThat(awaitBatchStatus("Ingen saker")).isEqualTo("Ingen saker til enheten er publisert i perioden.");
    }

    /** The batch runs in the background; its answer reaches the page on a later round trip. */
    private String awaitBatchStatus(String part) throws InterruptedException {
        String status = "";
        for (int i = 0; i < 600 && !status.contains(part) && !status.contains("!{"); i++) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            status = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("tavla-batch-status"))
                    .getText();
        }
        assertThat(status).doesNotContain("!{");
        return status;
    }
}
