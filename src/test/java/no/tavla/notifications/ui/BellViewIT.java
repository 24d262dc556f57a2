package no.tavla.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.news.ItemKind;
import no.tavla.news.publishing.ReleaseJob;
import no.tavla.notifications.Bell;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell in the header, through the demo municipality: communications hear what waits for approval, the writer that
 * the item came back and was approved, every reader that it was released; opening the item reads its entry, and
 * "mark all as read" the rest. Nobody marks anyone else's entries.
 */
class BellViewIT extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReleaseJob releases;
    @Autowired
    Bell bell;
    @Autowired
    no.tavla.notifications.OutboxJob outbox;
    @Autowired
    no.tavla.plans.Plans plans;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private void asOla() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
    }

    private void asIngrid() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
    }

    private void asJonas() {
        signInAsDemoPerson("demo-jonas", "Jonas Berg", "10002");
    }

    private long itemId() {
        return jdbc.queryForObject("SELECT id FROM news_item WHERE title LIKE ?", Long.class, "%" + tag + "%");
    }

    private Button bellButton() {
        return _get(Button.class, spec -> spec.withClasses("tavla-bell-button"));
    }

    /** The bell's list, opened as a click on the button opens it in the browser. */
    private String openBell() {
        if (_find(Popover.class, spec -> spec.withClasses("tavla-bell-list")).isEmpty()) {
            _click(bellButton());
        }
        Popover list = _get(Popover.class, spec -> spec.withClasses("tavla-bell-list"));
        list.close();
        list.open();
        return PageText.of(_get(Popover.class, spec -> spec.withClasses("tavla-bell-list")));
    }

    @SuppressWarnings("unchecked")
    private void writeForEveryone(String title) {
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-markdown-text")), "Nøklene hentes i resepsjonen.");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("tavla-news-whole")), true);
        _setValue((RadioButtonGroup<ItemKind>) _get(RadioButtonGroup.class,
                spec -> spec.withClasses("tavla-news-kind")), ItemKind.NORMAL);
    }

    @Test
    void theBellFollowsAnItemFromApprovalToItsReaders() {
        // what other tests released is not this test's to tell (each would write a row for everyone)
        jdbc.update("DELETE FROM notification_fanout");
        String title = "Nye nøkler " + tag;
        asOla();
        writeForEveryone(title);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));
        long id = itemId();

        asIngrid();
        UI.getCurrent().navigate("");
        assertThat(bellButton().getElement().getAttribute("aria-label")).matches("Varsler: \\d+ nye");
        assertThat(openBell()).containsPattern("\\d+ sak(er)? venter på godkjenning");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("tavla-bell-waiting")).getHref()).isEqualTo("desk");
        UI.getCurrent().navigate("write/" + id);
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-return-reason")), "Legg til kontaktperson");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-return")));

        asOla();
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("Ny: Sendt tilbake til deg: «" + title + "»");
        UI.getCurrent().navigate("write/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));

        asIngrid();
        UI.getCurrent().navigate("write/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-approve")));
        releases.runOnce();
        outbox.runOnce();

        asOla();
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("Ny: Godkjent: «" + title + "»");

        asJonas();
        UI.getCurrent().navigate("");
        String before = bellButton().getElement().getAttribute("aria-label");
        assertThat(before).matches("Varsler: \\d+ nye");
        assertThat(openBell()).contains("Ny: «" + title + "»");
        Anchor entry = _get(Anchor.class, spec -> spec.withText("«" + title + "»"));
        assertThat(entry.getHref()).isEqualTo("news/" + id);
        UI.getCurrent().navigate("news/" + id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o JOIN person p ON p.id = o.person_id"
                + " WHERE p.employee_number = '10002' AND o.item_id = ? AND o.channel = 'BELL' AND o.read_at IS NULL",
                Integer.class, id)).as("opening the item reads its entry").isZero();
        // another entry, still unread: "mark all as read" reads it
        jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " sent_at, created_at) SELECT p.id, (SELECT MIN(id) FROM news_item WHERE status = 'PUBLISHED'),"
                + " 'BELL', 'RELEASED', 'SENT', 0, NOW(6), NOW(6), NOW(6) FROM person p WHERE p.employee_number ="
                + " '10002' ON DUPLICATE KEY UPDATE read_at = NULL");
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("«" + title + "»").doesNotContain("Ny: «" + title + "»");

        _click(_get(Button.class, spec -> spec.withClasses("tavla-bell-mark-all")));
        assertThat(bellButton().getElement().getAttribute("aria-label")).isEqualTo("Varsler: ingen nye");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-bell-mark-all"));

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("");
        assertThat(bellButton().getElement().getAttribute("aria-label")).isEqualTo("Notifications: none new");
        assertThat(openBell()).contains("Notifications").contains("\"" + title + "\"");
    }

    /**
     * A release is counted by the open page itself, in the same visit as the feed's card: the bell and the feed follow
     * the reader through one subscription per page, and the bell does not wait for the sending job's rows.
     */
    @Test
    void aReleaseIsCountedByTheOpenPageWithItsCardThroughOneSubscription() throws InterruptedException {
        asJonas();
        int following = feedChanges.following();
        UI.getCurrent().navigate("");
        assertThat(feedChanges.following()).as("the feed and the bell share the page's subscription")
                .isEqualTo(following + 1);
        int before = unread();
        String title = "Strømbrudd " + tag;
        releaseForEveryone(title);
        assertThat(awaitUnread(before + 1)).as("counted before the sending job has run").isEqualTo(before + 1);
        assertThat(PageText.of(UI.getCurrent())).as("the card came in the same visit").contains(title);

        UI.getCurrent().navigate("units");
        assertThat(feedChanges.following()).as("the bell keeps following on another page").isEqualTo(following + 1);
        int onUnits = unread();
        releaseForEveryone("Vannbrudd " + tag);
        assertThat(awaitUnread(onUnits + 1)).isEqualTo(onUnits + 1);
    }

    @Autowired
    no.tavla.news.reading.FeedChanges feedChanges;

    private int unread() {
        String label = bellButton().getElement().getAttribute("aria-label");
        return label.matches("Varsler: \\d+ nye") ? Integer.parseInt(label.replaceAll("\\D", "")) : 0;
    }

    /** The push comes from Tavla's own thread; Karibu runs what it queued at the next round trip. */
    private int awaitUnread(int expected) throws InterruptedException {
        for (int i = 0; i < 200 && unread() < expected; i++) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
        return unread();
    }

    private void releaseForEveryone(String title) {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Ingress', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED', NOW(6), p.id,"
                + " NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number = '10005'",
                title);
        releases.runOnce();
    }

    /** A reminder leads to the item; a manager's "who is missing" to the item's reach, in both languages. */
    @Test
    void aDeadlinesEntriesLeadToTheItemAndForTheManagerToItsReach() {
        long item = jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE kind = 'MUST_READ'"
                + " AND title = 'Ny rutine for legemiddelhåndtering'", Long.class);
        for (String kind : java.util.List.of("REMINDER", "MISSING")) {
            jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                    + " sent_at, created_at) SELECT p.id, ?, 'BELL', ?, 'SENT', 0, NOW(6), NOW(6), NOW(6) FROM person p"
                    + " WHERE p.employee_number = '10004' ON DUPLICATE KEY UPDATE read_at = NULL", item, kind);
        }
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("Bekreft innen fristen: «Ny rutine for legemiddelhåndtering»")
                .contains("Frist ute, noen av dine mangler: «Ny rutine for legemiddelhåndtering»");
        assertThat(_get(Anchor.class, spec -> spec.withText("Frist ute, noen av dine mangler: «Ny rutine for"
                + " legemiddelhåndtering»")).getHref()).isEqualTo("reach/" + item);
        assertThat(_get(Anchor.class, spec -> spec.withText("Bekreft innen fristen: «Ny rutine for"
                + " legemiddelhåndtering»")).getHref()).isEqualTo("news/" + item);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("Deadline passed, some of your staff are missing: \"Ny rutine for")
                .contains("Confirm by the deadline: \"Ny rutine for");
    }

    @Test
    void nobodyMarksAnotherPersonsEntriesRead() {
        jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                + " sent_at, created_at) SELECT p.id, (SELECT MIN(id) FROM news_item), 'BELL', 'COMMENTED', 'SENT', 0,"
                + " NOW(6), NOW(6), NOW(6) FROM person p WHERE p.employee_number = '10003'"
                + " ON DUPLICATE KEY UPDATE read_at = NULL");
        long olasEntry = jdbc.queryForObject("SELECT o.id FROM notification_outbox o JOIN person p ON p.id ="
                + " o.person_id WHERE p.employee_number = '10003' AND o.kind = 'COMMENTED' AND o.item_id ="
                + " (SELECT MIN(id) FROM news_item)", Long.class);
        asJonas();
        UI.getCurrent().navigate("");
        bell.markRead(olasEntry);
        bell.markAllRead();
        assertThat(jdbc.queryForObject("SELECT read_at IS NULL FROM notification_outbox WHERE id = ?", Boolean.class,
                olasEntry)).isTrue();
    }

    @Test
    void anIdlePageKeepsOnlyTheButtonUntilTheBellIsOpened() {
        asJonas();
        UI.getCurrent().navigate("");
        _assertNone(Popover.class);
        _click(bellButton());
        assertThat(_get(Popover.class, spec -> spec.withClasses("tavla-bell-list")).isOpened()).isTrue();
    }

    @Test
    void someoneWhoIsNotAPersonInTavlaHasNoBell() {
        signInAs("not-in-hr-" + UUID.randomUUID(), "Ukjent Person");
        UI.getCurrent().navigate("");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-bell-button"));
        signOut();
        UI.getCurrent().navigate("");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-bell-button"));
    }

    @Test
    void theResponsiblePersonsBellRemindsThemOfAMeasureAndLeadsToItsPlan() {
        asOla();
        long unit = plans.unitsToPlanFor().getFirst().id();
        long plan = plans.create(new no.tavla.plans.PlanDraft(unit, "Ny turnus " + tag, null, null, null, null,
                null));
        java.time.Instant at = java.time.Instant.now().plus(java.time.Duration.ofHours(3))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        plans.addMeasure(plan, new no.tavla.plans.MeasureDraft("Personalmøte " + tag,
                no.tavla.plans.MeasureChannel.STAFF_MEETING, null, at, bell.owner().orElseThrow(), null));
        plans.setStatus(plan, no.tavla.plans.PlanStatus.ACTIVE);
        outbox.runOnce();

        UI.getCurrent().navigate("");
        String when = no.tavla.shared.TavlaTime.dateTime(at, new java.util.Locale("nb"));
        assertThat(openBell()).contains("Ny: Snart, " + when + ": «Personalmøte " + tag + "» i «Ny turnus " + tag
                + "»");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Snart, " + when + ": «Personalmøte " + tag
                + "» i «Ny turnus " + tag + "»"));
        assertThat(link.getHref()).isEqualTo("plans/" + plan);

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(openBell()).contains("Soon, " + no.tavla.shared.TavlaTime.dateTime(at, java.util.Locale.ENGLISH)
                + ": \"Personalmøte " + tag + "\" in \"Ny turnus " + tag + "\"");

        plans.setMeasureStatus(plans.measures(plan).getFirst().id(), no.tavla.plans.MeasureStatus.DONE);
        UI.getCurrent().navigate("");
        assertThat(openBell()).as("done: the reminder goes").doesNotContain("Personalmøte " + tag);
    }
}
