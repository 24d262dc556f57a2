package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import no.tavla.notifications.OutboxJob;
import no.tavla.notifications.local.LocalMailServer;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Must-read deadlines, end to end on MariaDB and the local mail server: before the deadline those who have not
 * confirmed (on screen, on paper) are reminded once per step, in their language; when it has passed each manager hears
 * the names of their own staff still missing, with the reach page and the sign-off sheet one click away, and nobody
 * else hears any names. A step that came before the release, or long ago, is not done.
 */
@TavlaIntegrationTest
@SpringBootTest(properties = {"tavla.notifications.check=PT24H", "tavla.notifications.first-check=PT24H"})
class DeadlinesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    OutboxJob outbox;
    @Autowired
    LocalMailServer mail;
    @Autowired
    no.tavla.notifications.local.LocalSmsGateway sms;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        // what other tests released is not this test's to tell (an item for everyone would mail this test's people)
        jdbc.update("DELETE FROM notification_fanout");
        org = new TestOrganisation(jdbc, "deadline");
        org.unit("S");
        org.unit("S1", "S");
        org.unit("T");
        org.person("Mona", "S").email(address("mona")).role("MANAGER", "S");
        org.person("Tor", "T").email(address("tor")).role("MANAGER", "T");
        org.person("Kari", "S1").email(address("kari"));
        org.person("Ola", "S1").email(address("ola")).language("en");
        org.person("Per", "S").email(address("per"));
        org.person("Siv", "S").email(address("siv"));
        org.person("Lise", "T").email(address("lise"));
        // no work PC and no e-mail: by SMS (a number of this test's own)
        org.person("Berit", "S1").withoutComputer();
        jdbc.update("UPDATE person SET mobile = ? WHERE id = ?", mobile, org.personId("Berit"));
    }

    private final String mobile = "+479" + (1_000_000 + new java.util.Random().nextInt(8_999_999));

    private String address(String name) {
        return name + "." + org.tag() + "@kommune.example";
    }

    /** A must-read item for units S and T and below, released three days ago, its release side effects done. */
    private long mustRead(String title, Instant confirmBy) {
        Instant released = Instant.now().minus(Duration.ofDays(3));
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                        + " external_release, status, release_at, author_id, created_at, updated_at, version,"
                        + " confirm_by, released_done_at, external_done_at) VALUES (?, 'Les rutinen.', 'Tekst', ?,"
                        + " 'MUST_READ', false, false, false, 'DRAFT', ?, ?, NOW(6), NOW(6), 0, ?, NOW(6), NOW(6))",
                title + " " + org.tag(), org.unitId("S"), Timestamp.from(released), org.personId("Mona"),
                Timestamp.from(confirmBy));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM news_item WHERE title = ?", Long.class,
                title + " " + org.tag());
        for (String unit : List.of("S", "T")) {
            jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) VALUES (?, ?, true)", id,
                    org.unitId(unit));
        }
        jdbc.update("UPDATE news_item SET status = 'PUBLISHED' WHERE id = ?", id);
        return id;
    }

    private void confirmedOnScreen(long item, String person) {
        jdbc.update("INSERT INTO news_read (item_id, person_id, seen_at, confirmed_at, confirmed_round) VALUES"
                + " (?, ?, NOW(6), NOW(6), 1)", item, org.personId(person));
    }

    private void signedOnPaper(long item, String person) {
        jdbc.update("INSERT INTO reach_confirmation (item_id, person_id, channel, confirm_round, confirmed_on,"
                + " recorded_by, recorded_at) VALUES (?, ?, 'PAPER', 1, CURRENT_DATE, 'test', NOW(6))", item,
                org.personId(person));
    }

    private List<String> bell(long item, String kind) {
        return jdbc.queryForList("SELECT p.name FROM notification_outbox o JOIN person p ON p.id = o.person_id"
                + " WHERE o.item_id = ? AND o.channel = 'BELL' AND o.kind = ? ORDER BY p.name", String.class, item, kind);
    }

    private List<MimeMessage> to(String name, long item) {
        return mail.messages().stream().filter(message -> {
            try {
                if (!java.util.regex.Pattern.compile("/" + item + "(\\D|$)", java.util.regex.Pattern.MULTILINE)
                        .matcher(LocalMailServer.part(message, "text/plain")).find()) {
                    return false;
                }
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().contains(address(name))) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<no.tavla.notifications.local.LocalSmsGateway.Received> texts() {
        return sms.received().stream().filter(text -> text.destination().equals(mobile)).toList();
    }

    @Test
    void thoseWhoHaveNotConfirmedAreRemindedOncePerStepInTheirLanguage() throws Exception {
        // the one-day reminder's time came a minute ago
        long item = mustRead("Ny brannrutine", Instant.now().plus(Duration.ofDays(1)).minusSeconds(60));
        confirmedOnScreen(item, "Kari");
        signedOnPaper(item, "Siv");

        assertThat(deadlines.runOnce()).isGreaterThanOrEqualTo(1);
        // Lise confirms before the reminder goes: it is not sent to her
        confirmedOnScreen(item, "Lise");
        assertThat(bell(item, "REMINDER")).containsExactlyInAnyOrder(org.personName("Mona"), org.personName("Tor"),
                org.personName("Ola"), org.personName("Per"), org.personName("Lise"), org.personName("Berit"));
        outbox.runOnce();
        assertThat(to("kari", item)).as("confirmed on screen").isEmpty();
        assertThat(to("siv", item)).as("signed on paper").isEmpty();
        assertThat(to("lise", item)).as("confirmed while the reminder waited").isEmpty();
        assertThat(jdbc.queryForObject("SELECT last_error FROM notification_outbox WHERE item_id = ? AND person_id = ?"
                + " AND channel = 'EMAIL' AND kind = 'REMINDER' AND status = 'SKIPPED'", String.class, item,
                org.personId("Lise"))).isEqualTo("confirmed meanwhile");
        MimeMessage per = to("per", item).getFirst();
        assertThat(per.getSubject()).isEqualTo("Påminnelse: Ny brannrutine " + org.tag());
        assertThat(LocalMailServer.part(per, "text/plain")).contains("Du har ikke bekreftet denne saken ennå. Fristen er")
                .contains("Les rutinen.");
        MimeMessage ola = to("ola", item).getFirst();
        assertThat(ola.getSubject()).isEqualTo("Reminder: Ny brannrutine " + org.tag());
        assertThat(LocalMailServer.part(ola, "text/html")).contains("<html lang=\"en\">")
                .contains("You have not confirmed this item yet.");

        List<no.tavla.notifications.local.LocalSmsGateway.Received> texts = texts();
        assertThat(texts).hasSize(1);
        assertThat(texts.getFirst().text()).startsWith("Demo kommune: Påminnelse: bekreft \"Ny brannrutine "
                + org.tag() + "\" innen ").endsWith(": http://localhost:8080/news/" + item);

        // once per step: the next run, and another instance's, finds it done
        deadlines.runOnce();
        outbox.runOnce();
        assertThat(to("per", item)).hasSize(1);
        assertThat(texts()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT people FROM reach_deadline_step WHERE item_id = ? AND step = 'PT24H'",
                Integer.class, item)).isEqualTo(6);
    }

    @Test
    void atTheDeadlineEachManagerHearsTheNamesOfTheirOwnStaffStillMissing() throws Exception {
        long item = mustRead("Nye nøkkelrutiner", Instant.now().minusSeconds(60));
        confirmedOnScreen(item, "Kari");
        confirmedOnScreen(item, "Tor");
        confirmedOnScreen(item, "Lise");

        deadlines.runOnce();
        assertThat(bell(item, "MISSING")).as("Tor's staff have all confirmed").containsExactly(org.personName("Mona"));
        assertThat(bell(item, "REMINDER")).as("no reminder after the deadline").isEmpty();
        outbox.runOnce();
        MimeMessage mona = to("mona", item).getFirst();
        assertThat(mona.getSubject()).isEqualTo("Frist ute: Nye nøkkelrutiner " + org.tag());
        String text = LocalMailServer.part(mona, "text/plain");
        assertThat(text).contains("4 av dine ansatte har ikke bekreftet").contains("- " + org.personName("Berit"))
                .contains("- " + org.personName("Ola")).contains("- " + org.personName("Per"))
                .contains("- " + org.personName("Siv")).doesNotContain(org.personName("Kari"))
                .contains("/reach/" + item).contains("/notices/" + item + ".pdf");
        assertThat(LocalMailServer.part(mona, "text/html")).contains("<li>" + org.personName("Ola") + "</li>");
        assertThat(to("tor", item)).isEmpty();
        assertThat(to("per", item)).as("no names to anyone but their managers").extracting(MimeMessage::getSubject)
                .isEmpty();

        deadlines.runOnce();
        outbox.runOnce();
        assertThat(to("mona", item)).as("once").hasSize(1);
    }

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy>
            contexts;
    @Autowired
    no.tavla.organisation.Audiences audiences;

    /** The job's way to the audience's names is closed to anyone signed in: no page can list an audience by it. */
    @Test
    void theJobsListOfAnAudienceIsRefusedToAnyoneSignedIn() {
        no.tavla.support.ServiceSignIn.asPerson(contexts, org.subject("Mona"), java.util.Set.of(), java.util.Set.of());
        try {
            assertThatThrownBy(() -> audiences.membersForJob(true, java.util.Set.of(),
                    java.util.Set.of())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            no.tavla.support.ServiceSignIn.out(contexts);
        }
        assertThat(audiences.membersForJob(false, java.util.Set.of(org.unitId("T")), java.util.Set.of()))
                .extracting(no.tavla.organisation.Audiences.Member::name)
                .containsExactlyInAnyOrder(org.personName("Tor"), org.personName("Lise"));
    }

    @Test
    void aStepThatCameBeforeTheReleaseOrLongAgoIsNotDone() {
        // released half a minute ago, its three-day reminder's time a minute ago: the release told them
        long early = mustRead("Tidlig frist", Instant.now().plus(Duration.ofDays(3)).minusSeconds(60));
        jdbc.update("UPDATE news_item SET release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(30)), early);
        long old = mustRead("Gammel frist", Instant.now().minus(Duration.ofDays(2)));
        deadlines.runOnce();
        assertThat(bell(early, "REMINDER")).isEmpty();
        assertThat(bell(old, "MISSING")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reach_deadline_step WHERE item_id IN (?, ?)",
                Integer.class, early, old)).isZero();
    }
}
