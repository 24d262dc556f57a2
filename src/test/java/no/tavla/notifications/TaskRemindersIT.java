package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.notifications.local.LocalMailServer;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Reminders of work someone is responsible for, on MariaDB and the local mail server: nothing before its time; then
 * once in the person's bell, leading to the work's page, and by e-mail in their language unless they said no; a task
 * that moves is taken back and rings again at its new time; one that is done leaves the bell; two instances ring it
 * once. The scheduled sending is off here, so each case runs the job itself.
 */
@TavlaIntegrationTest
@SpringBootTest(properties = {"tavla.notifications.check=PT24H", "tavla.notifications.first-check=PT24H"})
class TaskRemindersIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskReminders reminders;
    @Autowired
    OutboxJob outbox;
    @Autowired
    Bell bell;
    @Autowired
    LocalMailServer mail;
    @Autowired
    PreferenceStore preferences;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "task");
        org.unit("A");
        org.person("Kari", "A");
        org.person("Ola", "A");
        org.person("Siri", "A");
        for (String name : List.of("Kari", "Ola", "Siri")) {
            jdbc.update("UPDATE person SET email = ? WHERE id = ?", address(name), org.personId(name));
        }
        jdbc.update("INSERT INTO language_preference (subject, language_tag, updated_at) VALUES (?, 'en', NOW(6))",
                org.subject("Ola"));
        preferences.save(org.personId("Siri"), new Choices(false, Digest.DAILY, Timing.Quiet.NONE), Instant.now(),
                "test");
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    private TaskReminders.Task task(String name, String title, Instant at) {
        return new TaskReminders.Task("test-" + org.tag() + "-" + name, org.personId(name), title + " " + org.tag(),
                "Ny turnus", at, "plans/7");
    }

    private List<Bell.Entry> bellOf(String name) {
        ServiceSignIn.as(contexts, org.subject(name));
        try {
            return bell.latest().stream().filter(entry -> entry.kind() == NotificationKind.TASK
                    && entry.itemTitle().contains(org.tag())).toList();
        } finally {
            ServiceSignIn.out(contexts);
        }
    }

    private String address(String name) {
        return name.toLowerCase() + "." + org.tag() + "@kommune.example";
    }

    private List<MimeMessage> mailTo(String name) {
        return no.tavla.support.Mailboxes.to(mail.messages(), address(name), org.tag());
    }

    @Test
    void aTaskRingsTheBellAndMailsItsPersonWhenItsReminderIsDueNotBeforeAndOnlyOnce() throws Exception {
        Instant at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        reminders.schedule(task("Kari", "Personalmøte om turnus", at), at.minus(Duration.ofDays(1)));
        reminders.schedule(task("Ola", "Staff meeting", at), Instant.now().minusSeconds(1));
        reminders.schedule(task("Siri", "Oppslag på pauserommet", at), Instant.now().minusSeconds(1));
        outbox.runOnce();

        assertThat(bellOf("Kari")).as("its reminder is two days ahead").isEmpty();
        assertThat(mailTo("Kari")).isEmpty();
        assertThat(bellOf("Ola")).singleElement().satisfies(entry -> {
            assertThat(entry.href()).isEqualTo("plans/7");
            assertThat(entry.read()).isFalse();
            assertThat(entry.task().context()).isEqualTo("Ny turnus");
            assertThat(entry.task().at()).isEqualTo(at);
        });
        assertThat(mailTo("Ola")).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Reminder: Staff meeting " + org.tag());
            String text = LocalMailServer.part(message, "text/plain");
            assertThat(text).contains("You are responsible for \"Staff meeting " + org.tag() + "\" in \"Ny turnus\"")
                    .contains("http://localhost:8080/plans/7");
            assertThat(LocalMailServer.part(message, "text/html")).contains("<html lang=\"en\">")
                    .contains("href=\"http://localhost:8080/plans/7\"");
        });
        assertThat(bellOf("Siri")).as("the bell whatever the e-mail choice").hasSize(1);
        assertThat(mailTo("Siri")).as("said no to e-mail").isEmpty();

        outbox.runOnce();
        assertThat(reminders.ringDue(Instant.now())).as("a second run, or another instance, finds nothing to ring")
                .isZero();
        assertThat(mailTo("Ola")).hasSize(1);

        assertThat(reminders.ringDue(at.minus(Duration.ofHours(23)))).as("Kari's, when its time comes").isPositive();
        assertThat(bellOf("Kari")).hasSize(1);
    }

    @Test
    void aTaskThatMovesRingsAgainAtItsNewTimeAndOneThatIsDoneLeavesTheBell() {
        Instant at = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
        Instant remindAt = at.minus(Duration.ofDays(1));
        reminders.schedule(task("Kari", "Personalmøte", at), remindAt);
        reminders.ringDue(Instant.now());
        assertThat(bellOf("Kari")).hasSize(1);

        reminders.schedule(task("Kari", "Personalmøte, nytt navn", at), remindAt);
        assertThat(reminders.ringDue(Instant.now())).as("a new title is not a new reminder").isZero();
        assertThat(bellOf("Kari")).singleElement().satisfies(entry ->
                assertThat(entry.itemTitle()).startsWith("Personalmøte, nytt navn"));

        Instant later = at.plus(Duration.ofDays(7));
        reminders.schedule(task("Kari", "Personalmøte", later), later.minus(Duration.ofDays(1)));
        assertThat(bellOf("Kari")).as("what rang for the old time is taken back").isEmpty();
        assertThat(reminders.remindsAt("test-" + org.tag() + "-Kari")).contains(later.minus(Duration.ofDays(1)));
        assertThat(reminders.ringDue(later.minus(Duration.ofHours(20)))).isPositive();
        assertThat(bellOf("Kari")).singleElement().satisfies(entry -> assertThat(entry.task().at()).isEqualTo(later));

        reminders.cancel("test-" + org.tag() + "-Kari");
        assertThat(bellOf("Kari")).isEmpty();
        assertThat(reminders.remindsAt("test-" + org.tag() + "-Kari")).isEmpty();
    }
}
