package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.tavla.notifications.Choices;
import jakarta.mail.internet.MimeMessage;
import no.tavla.news.publishing.ReleaseJob;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.notifications.internal.OutboxStore;
import org.jsoup.Jsoup;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.notifications.local.LocalMailServer;
import no.tavla.organisation.Recipients;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.Translations;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * E-mail at once for important and must-read items, end to end on MariaDB and the local mail server: released, put in
 * the outbox with the release's claim, sent once per person in their language with the whole item, never to those who
 * said no or have no address, retried and at last shown as failed; the unsubscribe link works without sign-in for its
 * own person only. The scheduled sending is off here, so each case runs the job itself.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tavla.notifications.check=PT24H", "tavla.notifications.first-check=PT24H", "tavla.notifications.attempts=3"})
class NotificationsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReleaseJob releases;
    @Autowired
    OutboxJob outbox;
    @Autowired
    LocalMailServer mail;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    OutboxStore store;
    @Autowired
    PreferenceStore preferenceStore;
    @Autowired
    Recipients recipients;
    @Autowired
    ReleasedItems items;
    @Autowired
    MailSetup setup;
    @Autowired
    Translations translations;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;
    @Autowired
    no.tavla.notifications.mail.MailLogo mailLogo;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;
    @Autowired
    no.tavla.news.writing.Corrections corrections;
    @Autowired
    SmsSetup smsSetup;
    @Autowired
    no.tavla.news.ChannelForecast forecast;
    @Autowired
    NotificationCounts notificationCounts;
    @Autowired
    ReleaseNotifications releaseNotifications;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    TaskReminders taskReminders;
    @Autowired
    no.tavla.notifications.internal.TaskStore taskStore;

    /** Another sending job, as a second Tavla instance has its own. */
    private OutboxJob job(MailSetup mail) {
        return new OutboxJob(store, preferenceStore, recipients, items, links, mail, smsSetup, translations,
                municipality, mailLogo, clock, releaseNotifications, transactionManager, taskReminders, taskStore);
    }
    @Autowired
    no.tavla.notifications.local.LocalSmsGateway sms;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        // what other tests released is not this test's to tell (each would write a row for everyone)
        jdbc.update("DELETE FROM notification_fanout");
        org = new TestOrganisation(jdbc, "notify");
        org.unit("A");
        org.unit("A1", "A");
        org.unit("B");
        email(org.person("Kari", "A"), "kari");
        email(org.person("Ola", "A1"), "ola");
        jdbc.update("INSERT INTO language_preference (subject, language_tag, updated_at) VALUES (?, 'en', NOW(6))",
                org.subject("Ola"));
        org.person("Per", "A");
        email(org.person("Siri", "A"), "siri");
        preferenceStore.save(org.personId("Siri"), new Choices(false, Digest.DAILY, Timing.Quiet.NONE), Instant.now(),
                "test");
        email(org.person("Lise", "B"), "lise");
        email(org.person("Nils", "A"), "nils");
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE id = ?", org.personId("Nils"));
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    private void email(TestOrganisation.Person person, String name) {
        jdbc.update("UPDATE person SET email = ? WHERE id = ?", address(name), person.id());
    }

    private String address(String name) {
        return name + "." + org.tag() + "@kommune.example";
    }

    /** An item for unit A and its sub-units, released a second ago. */
    private long released(String kind, String title, String body) {
        return released(kind, title, body, "A");
    }

    /** An item for the unit and its sub-units, released a second ago. */
    private long released(String kind, String title, String body, String unit) {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                        + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                        + " VALUES (?, 'Ingressen sier det viktigste.', ?, ?, ?, false, false, false, 'DRAFT', ?, ?,"
                        + " NOW(6), NOW(6), 0)", title, body, org.unitId("A"), kind,
                Timestamp.from(Instant.now().minusSeconds(1)), org.personId("Kari"));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM news_item WHERE title = ?", Long.class, title);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) VALUES (?, ?, true)", id,
                org.unitId(unit));
        // out only with its audience in place (the release job runs in the background too)
        jdbc.update("UPDATE news_item SET status = 'PUBLISHED' WHERE id = ?", id);
        return id;
    }

    /** The messages to the person about this test's items (the demo's own important item goes to everyone). */
    private List<MimeMessage> to(String name) {
        return to(name, true);
    }

    /** Every message to the person (this test's people are its own), digests too. */
    private List<MimeMessage> allTo(String name) {
        return to(name, false);
    }

    private List<MimeMessage> to(String name, boolean onlyThisTestsItems) {
        return no.tavla.support.Mailboxes.to(mail.messages(), address(name), onlyThisTestsItems ? org.tag() : null);
    }

    /** The part with this Content-ID, however deep in the message it lies, or null. */
    private static jakarta.mail.BodyPart inline(jakarta.mail.Part part, String contentId) throws Exception {
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart child = multipart.getBodyPart(i);
                if (child instanceof jakarta.mail.internet.MimeBodyPart mime && contentId.equals(mime.getContentID())) {
                    return child;
                }
                jakarta.mail.BodyPart deeper = inline(child, contentId);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return LocalMailServer.part(message, type);
    }

    @Test
    void nynorskAndSwedishReadersGetTheItemsMailInTheirOwnLanguage() throws Exception {
        org.unit("C");
        email(org.person("Ragnhild", "C"), "ragnhild");
        email(org.person("Sven", "C"), "sven");
        jdbc.update("INSERT INTO language_preference (subject, language_tag, updated_at) VALUES (?, 'nn', NOW(6))",
                org.subject("Ragnhild"));
        jdbc.update("INSERT INTO language_preference (subject, language_tag, updated_at) VALUES (?, 'sv', NOW(6))",
                org.subject("Sven"));
        String title = "Nytt rundskriv " + org.tag();
        long item = released("MUST_READ", title, "Les dette før vakta.", "C");
        // the item in Nynorsk too (decision 0026): Ragnhild gets that version, Sven the item as written
        jdbc.update("INSERT INTO news_item_language (item_id, language, title, lead, body, updated_by, updated_at)"
                + " VALUES (?, 'nn', ?, NULL, 'Les dette før vakta byrjar.', 'test', NOW(6))", item,
                "Nytt rundskriv på nynorsk " + org.tag());
        releases.runOnce();
        outbox.runOnce();

        MimeMessage ragnhild = to("ragnhild").getFirst();
        assertThat(ragnhild.getSubject()).isEqualTo("Lese og forstått: Nytt rundskriv på nynorsk " + org.tag());
        assertThat(part(ragnhild, "text/plain")).contains("Les dette før vakta byrjar.");
        assertThat(part(ragnhild, "text/html")).contains("<html lang=\"nn\">", "Opne saka i Tavla",
                "Du får denne e-posten fordi saka er til deg");
        MimeMessage sven = to("sven").getFirst();
        assertThat(sven.getSubject()).isEqualTo("Läst och förstått: " + title);
        assertThat(part(sven, "text/html")).contains("<html lang=\"sv\">", "Öppna inlägget i Tavla",
                "Du får det här mejlet eftersom inlägget är till dig");
    }

    @Test
    void aMustReadItemGoesToEachPersonInItsAudienceOnceInTheirLanguageWithTheWholeText() throws Exception {
        String title = "Ny vaktordning <script>alert('x')</script> & «natt» " + org.tag();
        long item = released("MUST_READ", title, "## Hva endres\n\nFra mandag gjelder **ny** ordning. Se [planen](/news/1)"
                + " og <img src=x onerror=alert(2)>.\n\n- Dagvakt\n- Nattvakt\n\n"
                + "| Vakt | Tid |\n|---|---|\n| Dag | 07–15 |\n");
        releases.runOnce();
        outbox.runOnce();

        assertThat(to("kari")).hasSize(1);
        assertThat(to("ola")).hasSize(1);
        assertThat(to("per")).as("no e-mail address: paper and the screen").isEmpty();
        assertThat(to("siri")).as("said no to e-mail").isEmpty();
        assertThat(to("lise")).as("not in the audience").isEmpty();
        assertThat(to("nils")).as("has left").isEmpty();

        MimeMessage kari = to("kari").get(0);
        assertThat(kari.getSubject()).isEqualTo("Lest og forstått: " + title);
        String html = part(kari, "text/html");
        assertThat(html).contains("<html lang=\"nb\">").contains("Ingressen sier det viktigste.")
                .contains("Fra mandag gjelder <strong>ny</strong> ordning")
                .contains("<li>Dagvakt</li>").contains("href=\"http://localhost:8080/news/1\"")
                .contains("href=\"http://localhost:8080/news/" + item + "\"")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; «natt»")
                .doesNotContain("<script").doesNotContain("<img src=x");
        assertThat(Jsoup.parse(html).select("img")).as("only the municipality's logo, carried in the message")
                .singleElement().satisfies(logo -> {
                    assertThat(logo.attr("src")).isEqualTo("cid:logo@tavla");
                    assertThat(logo.attr("alt")).as("the name is written beside it").isEmpty();
                });
        jakarta.mail.BodyPart logo = inline(kari, "<logo@tavla>");
        assertThat(logo).as("the logo's part").isNotNull();
        assertThat(logo.isMimeType("image/png")).as("drawn from the profile's SVG: mail clients show no SVG").isTrue();
        assertThat(html).as("the item's headings step down from its title").contains("<h1").contains("<h2>Hva endres</h2>");
        assertThat(Jsoup.parse(html).select("th")).as("a table keeps its header row, with its lines inline")
                .extracting(cell -> cell.text()).containsExactly("Vakt", "Tid");
        assertThat(Jsoup.parse(html).select("td").first().attr("style")).contains("border:1px solid");
        String text = part(kari, "text/plain");
        assertThat(text).contains("Fra mandag gjelder ny ordning").contains("- Dagvakt").contains("- Nattvakt")
                .contains("Vakt  Tid").contains("Dag  07–15")
                .contains("http://localhost:8080/news/" + item).contains(links.url(org.personId("Kari")));
        assertThat(kari.getHeader("List-Unsubscribe")).containsExactly("<" + links.url(org.personId("Kari")) + ">");
        assertThat(kari.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        MimeMessage ola = to("ola").get(0);
        assertThat(ola.getSubject()).isEqualTo("Read and understood: " + title);
        assertThat(part(ola, "text/html")).contains("<html lang=\"en\">").contains("Open the item in Tavla");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE item_id = ? AND person_id = ?"
                + " AND channel = 'EMAIL'", Integer.class, item, org.personId("Per")))
                .as("no e-mail address: no e-mail row (the write page counts him as screen or paper)").isZero();

        // the counts per channel (numbers only) for those who may see the item's reach, not for a reader
        ServiceSignIn.as(contexts, org.subject("Ola"));
        assertThatThrownBy(() -> notificationCounts.forItem(item)).isInstanceOf(AccessDeniedException.class);
        ServiceSignIn.as(contexts, org.subject("Lise"), "COMMUNICATIONS");
        NotificationCounts.Counts counts = notificationCounts.forItem(item);
        assertThat(counts.email().sent()).isEqualTo(2);
        assertThat(counts.bell().sent()).as("Kari, Ola, Per, Siri").isEqualTo(4);
        ServiceSignIn.out(contexts);

        // again: nothing new, however often the jobs run
        releases.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).hasSize(1);
        assertThat(to("ola")).hasSize(1);
    }

    @Autowired
    NotificationDefaults defaults;

    /**
     * The administrators' defaults decide for everyone who chose nothing (here: no e-mail at once, a weekly digest);
     * whoever chose keeps their choice; only administrators set them, and half quiet hours are refused.
     */
    @Test
    void theAdministratorsDefaultsDecideForThoseWhoChoseNothing() {
        ServiceSignIn.as(contexts, "notify-admin-" + org.tag(), "ADMIN");
        try {
            assertThatThrownBy(() -> defaults.save(true, Digest.DAILY, java.time.LocalTime.of(22, 0), null, true))
                    .isInstanceOf(no.tavla.shared.Refusal.class);
            defaults.save(false, Digest.WEEKLY, null, null, true);
            assertThat(defaults.changed()).get().extracting(NotificationDefaults.Changed::by).isNotNull();
            preferenceStore.save(org.personId("Ola"), new Choices(true, Digest.DAILY, Timing.Quiet.NONE),
                    Instant.now(), "test");
            long item = released("IMPORTANT", "Standardvalg " + org.tag(), "Tekst");
            releases.runOnce();
            outbox.runOnce();
            assertThat(to("kari")).as("the default: nothing at once").isEmpty();
            assertThat(to("ola")).as("his own choice").hasSize(1);
            Instant due = jdbc.queryForObject("SELECT due_at FROM notification_outbox WHERE item_id = ? AND person_id"
                    + " = ? AND kind = 'DIGEST'", Timestamp.class, item, org.personId("Kari")).toInstant();
            assertThat(due).as("in the weekly digest").isEqualTo(Timing.nextDigest(clock.instant(), Digest.WEEKLY,
                    Timing.Quiet.NONE));
            assertThat(forecast.forecast(false, java.util.Set.of(org.unitId("A"), org.unitId("A1")),
                    java.util.Set.of(), no.tavla.news.ItemKind.IMPORTANT).emailAtOnce())
                    .as("the write page's forecast follows: Ola only").isEqualTo(1);
        } finally {
            ServiceSignIn.as(contexts, "notify-admin-" + org.tag(), "ADMIN");
            defaults.save(true, Digest.DAILY, null, null, true);
            ServiceSignIn.out(contexts);
        }
        ServiceSignIn.as(contexts, "notify-editor-" + org.tag(), "EDITOR");
        assertThatThrownBy(() -> defaults.save(false, Digest.NONE, null, null, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNormalItemWaitsForTheDigestAtSevenTheNextMorning() {
        long item = released("NORMAL", "Kantina har ny meny " + org.tag(), "Tekst");
        releases.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).isEmpty();
        Instant due = jdbc.queryForObject("SELECT due_at FROM notification_outbox WHERE item_id = ? AND person_id = ?"
                + " AND kind = 'DIGEST'", Timestamp.class, item, org.personId("Kari")).toInstant();
        assertThat(due).isEqualTo(Timing.nextDigest(clock.instant(), Digest.DAILY, Timing.Quiet.NONE));
        assertThat(due.atZone(no.tavla.shared.TavlaTime.ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 0));
    }

    @Test
    void theDigestIsOneEmailPerPersonWithEveryItemMostImportantFirstAndNoneForThoseWhoChoseNone() throws Exception {
        // Siri said no to e-mail at once: her important item waits for the digest with the rest
        long normal = released("NORMAL", "Kantina har ny meny " + org.tag(), "Tekst");
        long important = released("IMPORTANT", "Brannøvelse torsdag " + org.tag(), "Tekst");
        preferenceStore.save(org.personId("Lise"), new Choices(true, Digest.NONE, Timing.Quiet.NONE), Instant.now(),
                "test");
        long other = released("NORMAL", "Ny parkeringsordning " + org.tag(), "Tekst", "B");
        releases.runOnce();
        outbox.runOnce();
        assertThat(to("siri")).as("nothing at once for her").isEmpty();
        assertThat(to("kari")).as("the important one at once").hasSize(1);
        jdbc.update("UPDATE notification_outbox SET due_at = NOW(6) WHERE item_id IN (?, ?, ?) AND kind = 'DIGEST'",
                normal, important, other);
        outbox.runOnce();

        List<MimeMessage> siri = allTo("siri");
        assertThat(siri).hasSize(1);
        assertThat(siri.get(0).getSubject()).isEqualTo("2 nye saker: Nytt i Tavla siden i går");
        String html = part(siri.get(0), "text/html");
        assertThat(html.indexOf("Brannøvelse torsdag")).as("important first").isPositive()
                .isLessThan(html.indexOf("Kantina har ny meny"));
        assertThat(html).contains("href=\"http://localhost:8080/news/" + normal + "\"")
                .contains("Ingressen sier det viktigste.").doesNotContain("Ny parkeringsordning");
        assertThat(part(siri.get(0), "text/plain")).contains("Viktig: Brannøvelse torsdag " + org.tag());
        List<MimeMessage> kari = allTo("kari");
        assertThat(kari).as("one at once, then the digest with the normal one only").hasSize(2);
        assertThat(kari.get(1).getSubject()).isEqualTo("1 ny sak: Nytt i Tavla siden i går");
        assertThat(allTo("ola").get(1).getSubject()).isEqualTo("1 new item: New in Tavla since yesterday");
        assertThat(allTo("lise")).as("chose no digest").isEmpty();

        outbox.runOnce();
        assertThat(allTo("siri")).as("nothing twice, and nothing when there is nothing").hasSize(1);
    }

    @Test
    void twoApplicationInstancesOnOneDatabaseWriteAndSendEachNotificationOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            email(org.person("Mange" + i, "A"), "mange" + i);
        }
        // a second Tavla, with its own scheduler, ShedLock executor and mail server, on the same database; the
        // sending job's own schedule out of the way, so that both run at the instant the test chooses
        try (org.springframework.context.ConfigurableApplicationContext second = no.tavla.support.SecondTavla.start(
                List.of(), "--tavla.notifications.check=PT1H", "--tavla.notifications.first-check=PT1H",
                "--tavla.news.release-check=PT1H")) {
            OutboxJob other = second.getBean(OutboxJob.class);
            LocalMailServer otherMail = second.getBean(LocalMailServer.class);
            released("IMPORTANT", "Viktig for mange " + org.tag(), "Tekst");
            releases.runOnce();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new java.util.ArrayList<>();
            for (OutboxJob instance : List.of(outbox, other)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    // beyond ShedLock: both at the same instant, each writing the people's rows and sending them
                    int sent = instance.runOnce();
                    for (int i = 0; i < 3; i++) {
                        instance.scheduled(); // and through each instance's ShedLock proxy, as its scheduler calls it
                    }
                    return sent;
                }));
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            runs.get(0).get();
            runs.get(1).get();
            outbox.runOnce();

            for (String name : java.util.stream.Stream.concat(java.util.stream.IntStream.range(0, 40)
                    .mapToObj(i -> "mange" + i), java.util.stream.Stream.of("kari", "ola")).toList()) {
                String address = address(name);
                long here = to(name).size();
                long there = otherMail.messages().stream().filter(message -> {
                    try {
                        return message.getSubject().contains(org.tag())
                                && message.getAllRecipients()[0].toString().contains(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
                assertThat(here + there).as(name + ", by both instances together").isEqualTo(1);
            }
        }
    }

    @Test
    void aClaimReadsTheRowsItTakesNotEveryRowThatIsDue() {
        // 3,000 rows due: a claim of ten that sorted every due row first (a filesort) made a 20,000-person digest
        // quadratic (docs/BENCHMARKS.md, "The digest")
        String tag = org.tag();
        jdbc.update("INSERT INTO person (subject, name, primary_unit_id, status, has_work_computer, created_at,"
                + " updated_at, version) SELECT CONCAT('claim-', ?, '-', s.seq), CONCAT('Mottaker ', s.seq), ?,"
                + " 'ACTIVE', TRUE, NOW(6), NOW(6), 0 FROM seq_1_to_100 s", tag, org.unitId("B"));
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT CONCAT('Krav ', s.seq, ' ', ?), 'Ingress', 'Tekst', ?, 'NORMAL', false, false, false,"
                + " 'PUBLISHED', NOW(6), ?, NOW(6), NOW(6), 0 FROM seq_1_to_30 s", tag, org.unitId("B"),
                org.personId("Kari"));
        String rows = "SELECT o.id FROM notification_outbox o JOIN person p ON p.id = o.person_id WHERE p.subject"
                + " LIKE 'claim-" + tag + "-%'";
        try {
            int due = jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status,"
                    + " attempts, due_at, created_at) SELECT p.id, i.id, 'EMAIL', 'DIGEST', 'WAITING', 0, NOW(6) -"
                    + " INTERVAL 1 MINUTE, NOW(6) FROM person p JOIN news_item i ON i.title LIKE ? WHERE p.subject"
                    + " LIKE ?", "Krav % " + tag, "claim-" + tag + "-%");
            assertThat(due).isEqualTo(3_000);
            long before = rowsRead();

            List<OutboxStore.Pending> claimed = store.claim("claim-" + tag, Instant.now(), 10, 0, 1).rows();

            long read = rowsRead() - before;
            assertThat(claimed).hasSize(10);
            assertThat(read).as("rows InnoDB read to claim ten").isLessThan(500);
        } finally {
            jdbc.update("UPDATE notification_outbox SET status = 'SKIPPED' WHERE id IN (SELECT id FROM (" + rows
                    + ") r)");
        }
    }

    /** Every row every connection has read through a handler so far (an index step, a scan step, a sort's read). */
    private long rowsRead() {
        return jdbc.queryForObject("SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS WHERE"
                + " VARIABLE_NAME IN ('HANDLER_READ_NEXT', 'HANDLER_READ_PREV', 'HANDLER_READ_RND_NEXT',"
                + " 'HANDLER_READ_RND', 'HANDLER_READ_KEY', 'HANDLER_READ_FIRST')", Long.class);
    }

    @Test
    void aRunSendsOverAsManyConnectionsAsItIsGivenAndEachNotificationOnce() throws Exception {
        String tag = org.tag();
        long item = released("IMPORTANT", "Viktig for mange på en gang " + tag, "Tekst");
        jdbc.update("INSERT INTO person (subject, name, email, primary_unit_id, status, has_work_computer, created_at,"
                + " updated_at, version) SELECT CONCAT('many-', ?, '-', s.seq), CONCAT('Mottaker ', s.seq),"
                + " CONCAT('many', s.seq, '.', ?, '@kommune.example'), ?, 'ACTIVE', TRUE, NOW(6), NOW(6), 0"
                + " FROM seq_1_to_700 s", tag, tag, org.unitId("B"));
        int rows = jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts,"
                + " due_at, created_at) SELECT p.id, ?, 'EMAIL', 'RELEASED', 'WAITING', 0, NOW(6) - INTERVAL 1 SECOND,"
                + " NOW(6) FROM person p WHERE p.subject LIKE ?", item, "many-" + tag + "-%");
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Map<String, Integer> received = new java.util.concurrent.ConcurrentHashMap<>();
        JavaMailSenderImpl counting = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                threads.add(Thread.currentThread().getName());
                for (MimeMessage message : messages) {
                    try {
                        received.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("counting", counting);
        NotificationProperties two = setup.properties();
        OutboxJob job = job(new MailSetup(beans.getBeanProvider(JavaMailSender.class), new NotificationProperties(
                two.baseUrl(), two.sender(), two.signingKey(), two.attempts(), two.firstRetry(), 2)));

        int sent = job.runOnce();

        assertThat(rows).isEqualTo(700);
        assertThat(sent).isGreaterThanOrEqualTo(rows);
        assertThat(received.keySet().stream().filter(address -> address.matches(".*<many\\d+\\." + tag + "@.*")))
                .hasSize(700);
        assertThat(received.values()).allMatch(count -> count == 1);
        assertThat(threads).as("the connections the run sent over").hasSize(2);
    }

    @Test
    void aFailedSendIsTriedAgainAndAfterTheLastTryShownToAdministratorsWithItsReason() throws Exception {
        long item = released("IMPORTANT", "Viktig, men e-posttjeneren er nede " + org.tag(), "Tekst");
        JavaMailSenderImpl down = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException("421 relay.kommune.example is not accepting mail now");
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("down", down);
        OutboxJob failing = job(new MailSetup(beans.getBeanProvider(JavaMailSender.class), setup.properties()));
        releases.runOnce();
        failing.runOnce();
        long kari = org.personId("Kari");
        assertThat(jdbc.queryForMap("SELECT status, attempts, last_error, due_at > NOW(6) AS later FROM"
                + " notification_outbox WHERE item_id = ? AND person_id = ? AND channel = 'EMAIL'", item, kari))
                .containsEntry("status", "WAITING").containsEntry("attempts", 1)
                .containsEntry("last_error", "[mail] 421 relay.kommune.example is not accepting mail now");
        for (int tries = 2; tries <= 3; tries++) {
            jdbc.update("UPDATE notification_outbox SET due_at = NOW(6) WHERE item_id = ? AND channel = 'EMAIL'", item);
            failing.runOnce();
        }
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM notification_outbox WHERE item_id = ? AND"
                + " person_id = ? AND channel = 'EMAIL'", item, kari)).containsEntry("status", "FAILED").containsEntry("attempts", 3);

        outbox.runOnce();
        assertThat(to("kari")).as("a failed notification is not sent behind the administrators' back").isEmpty();

        assertThatThrownBy(() -> deliveries.overview()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        ServiceSignIn.as(contexts, org.subject("Lise"));
        assertThatThrownBy(() -> deliveries.overview()).isInstanceOf(AccessDeniedException.class);
        ServiceSignIn.as(contexts, org.subject("Lise"), "ADMIN");
        Deliveries.Overview overview = deliveries.overview();
        assertThat(overview.emailOn()).isTrue();
        assertThat(overview.failures()).anySatisfy(failure -> {
            assertThat(failure.itemId()).isEqualTo(item);
            assertThat(failure.personName()).isEqualTo(org.personName("Kari"));
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure.reason()).isEqualTo("[mail] 421 relay.kommune.example is not accepting mail now");
        });
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSignInForItsOwnPersonOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long kari = org.personId("Kari");
        String token = links.token(kari);
        URI link = URI.create("http://127.0.0.1:" + port + UnsubscribeLinks.PATH + token);

        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("<html lang=\"nb\">").contains("Ja, slutt å sende meg e-post");
        assertThat(preferenceStore.emailAtOnce(kari)).as("opening the link changes nothing").isTrue();

        // a mail client's one-click request (RFC 8058), no cookie, no sign-in
        HttpResponse<String> clicked = http.send(HttpRequest.newBuilder(link)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(clicked.body()).contains("Du får ikke lenger e-post fra Tavla");
        assertThat(preferenceStore.emailAtOnce(kari)).isFalse();
        assertThat(preferenceStore.emailAtOnce(org.personId("Ola"))).as("nobody else").isTrue();

        released("IMPORTANT", "Etter avmelding " + org.tag(), "Tekst");
        releases.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).isEmpty();
        assertThat(to("ola")).hasSize(1);

        // a link changed by one digit, or made for someone else with a guessed signature, does nothing
        long ola = org.personId("Ola");
        String forged = ola + token.substring(token.indexOf('.'));
        for (String bad : List.of(forged, token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"),
                "1", "%00", "x".repeat(300))) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + UnsubscribeLinks.PATH + bad)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(bad).isIn(400, 404);
            assertThat(refused.body()).as(bad).doesNotContain("Exception").doesNotContain("at no.tavla");
        }
        assertThat(preferenceStore.emailAtOnce(ola)).isTrue();
    }

    @Test
    void aMinorCorrectionTellsNobodyAndEachSignificantOneTellsOnceWhatChanged() throws Exception {
        String title = "Personalmøte flyttes " + org.tag();
        long item = released("MUST_READ", title, "Møtet er kl. 09.");
        releases.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).hasSize(1);

        // communications correct it, as they may any item
        ServiceSignIn.as(contexts, org.subject("Lise"), "COMMUNICATIONS");
        no.tavla.news.Item now = items.out(item).orElseThrow().item();
        no.tavla.news.ItemDraft draft = now.draft();
        corrections.correct(item, no.tavla.news.ItemDraft.of(draft.title(), draft.lead(), "Møtet er kl. 09.00.",
                draft.unitId(), draft.contactPersonId(), draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(),
                draft.audience(), draft.releaseAt(), draft.expiresAt(), draft.externalReleaseAt()), false, "Skrivefeil");
        outbox.runOnce();
        assertThat(to("kari")).as("a minor correction").hasSize(1);

        corrections.correct(item, no.tavla.news.ItemDraft.of(draft.title(), draft.lead(), "Møtet er kl. 10.",
                draft.unitId(), draft.contactPersonId(), draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(),
                draft.audience(), draft.releaseAt(), draft.expiresAt(), draft.externalReleaseAt()), true,
                "Møtet er flyttet til kl. 10 <b>");
        outbox.runOnce();
        List<MimeMessage> kari = to("kari");
        assertThat(kari).hasSize(2);
        assertThat(kari.get(1).getSubject()).isEqualTo("Rettet: " + title);
        assertThat(part(kari.get(1), "text/html")).contains("Saken er rettet siden du fikk den: Møtet er flyttet til"
                + " kl. 10 &lt;b&gt;").contains("Møtet er kl. 10.");
        assertThat(part(to("ola").get(1), "text/plain")).contains("The item has been corrected since you got it:");
        assertThat(to("siri")).as("said no to e-mail at once").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE item_id = ? AND person_id = ?"
                + " AND channel = 'BELL' AND kind = 'CORRECTED' AND read_at IS NULL", Integer.class, item,
                org.personId("Siri"))).as("the bell says so to everyone").isEqualTo(1);

        corrections.correct(item, no.tavla.news.ItemDraft.of(draft.title(), draft.lead(), "Møtet er kl. 11.",
                draft.unitId(), draft.contactPersonId(), draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(),
                draft.audience(), draft.releaseAt(), draft.expiresAt(), draft.externalReleaseAt()), true,
                "Flyttet igjen, til kl. 11");
        outbox.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).as("each significant correction once").hasSize(3);
        assertThat(part(to("kari").get(2), "text/html")).contains("Flyttet igjen, til kl. 11");
    }

    private List<no.tavla.notifications.local.LocalSmsGateway.Received> texts(String number) {
        return sms.received().stream().filter(text -> text.destination().equals(number)
                && text.text().contains(org.tag())).toList();
    }

    @Test
    void aMustReadItemGoesBySmsOnceToThoseWithoutAPcOrEmailWhoHaveANumberAndHaveNotSaidNo() throws Exception {
        // numbers of this test's own: +47 9 and seven digits, and the same last six after 41, 48 and 99
        // (not +4799…: Kari's number below is +4799 and the same last six, and must not be his)
        String tor = "+479" + (1_000_000 + new java.util.Random().nextInt(7_999_999));
        TestOrganisation.Person torPerson = org.person("Tor", "A").withoutComputer();
        email(torPerson, "tor");
        jdbc.update("UPDATE person SET mobile = ? WHERE id = ?", tor, torPerson.id());
        long une = org.person("Une", "A").id();
        preferenceStore.save(une, new Choices(true, Digest.DAILY, Timing.Quiet.NONE, true, "+4741" + tor.substring(5)),
                Instant.now(), "test");
        TestOrganisation.Person vidar = org.person("Vidar", "A").withoutComputer();
        jdbc.update("UPDATE person SET mobile = ? WHERE id = ?", "+4748" + tor.substring(5), vidar.id());
        preferenceStore.save(vidar.id(), new Choices(true, Digest.DAILY, Timing.Quiet.NONE, false, null), Instant.now(),
                "test");
        jdbc.update("UPDATE person SET mobile = ? WHERE id = ?", "+4799" + tor.substring(5), org.personId("Kari"));

        sms.failNext(1, 503);
        String title = "Ny rutine for nøkler «bil» " + org.tag();
        long item = released("MUST_READ", title, "Tekst");
        releases.runOnce();
        outbox.runOnce();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE item_id = ? AND channel = 'SMS'"
                + " AND status = 'WAITING' AND attempts = 1", Integer.class, item))
                .as("the gateway was down for the first: it waits for another try").isEqualTo(1);
        jdbc.update("UPDATE notification_outbox SET due_at = NOW(6) WHERE item_id = ? AND channel = 'SMS'", item);
        outbox.runOnce();
        outbox.runOnce();

        assertThat(texts(tor)).as("no work PC: by SMS, once").hasSize(1);
        assertThat(texts(tor).get(0).text()).isEqualTo("Demo kommune: Lest og forstått: \"Ny rutine for nøkler"
                + " \"bil\" " + org.tag() + "\". Les og bekreft: http://localhost:8080/news/" + item);
        assertThat(texts(tor).get(0).source()).isEqualTo("Demo");
        assertThat(texts("+4741" + tor.substring(5))).as("no e-mail: to her own number").hasSize(1);
        assertThat(texts("+4748" + tor.substring(5))).as("said no to SMS").isEmpty();
        assertThat(texts("+4799" + tor.substring(5))).as("a PC and e-mail: no SMS").isEmpty();
        assertThat(jdbc.queryForList("SELECT cost_units FROM notification_outbox WHERE item_id = ? AND channel = 'SMS'"
                + " AND status = 'SENT'", Integer.class, item)).containsExactly(1, 1);
        assertThat(jdbc.queryForList("SELECT reference FROM notification_outbox WHERE item_id = ? AND channel = 'SMS'"
                + " AND status = 'SENT'", String.class, item)).allSatisfy(reference -> assertThat(reference)
                .isEqualTo(sms.received().stream().filter(text -> text.reference() != null).filter(text ->
                        reference.equals(text.messageId())).findFirst().orElseThrow().messageId()));
    }

    @Test
    void anSmsTheGatewayRefusesIsFailedAtOnceAndNotTriedAgain() {
        TestOrganisation.Person per = org.person("Petter", "A").withoutComputer();
        jdbc.update("UPDATE person SET mobile = '+4790000000' WHERE id = ?", per.id());
        sms.failNext(1, 400);
        long item = released("MUST_READ", "Avvist nummer " + org.tag(), "Tekst");
        releases.runOnce();
        outbox.runOnce();
        assertThat(jdbc.queryForMap("SELECT status, attempts, last_error FROM notification_outbox WHERE item_id = ?"
                + " AND person_id = ? AND channel = 'SMS'", item, per.id()))
                .containsEntry("status", "FAILED").containsEntry("attempts", 1)
                .hasEntrySatisfying("last_error", error -> assertThat((String) error)
                        .startsWith("[sms-refused] 400"));
    }

    @Test
    void aReleaseRecordsOneRowWithItsClaimAndARunThatStoppedMidWayIsTakenOverWithoutLosingAnyone() throws Exception {
        long item = released("IMPORTANT", "Overtatt " + org.tag(), "Tekst");
        releases.runOnce();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_fanout WHERE item_id = ?", Integer.class,
                item)).as("one row with the claim, however large the audience").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE item_id = ?", Integer.class,
                item)).isZero();
        // a run claimed it and its instance stopped
        jdbc.update("UPDATE notification_fanout SET status = 'SENDING', claimed_by = 'stopped', claimed_at ="
                + " NOW(6) - INTERVAL 1 HOUR WHERE item_id = ?", item);
        outbox.runOnce();
        outbox.runOnce();
        assertThat(to("kari")).hasSize(1);
        assertThat(to("ola")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_fanout WHERE item_id = ?", Integer.class,
                item)).isZero();
    }

    @Test
    void theWritePageIsToldHowAnItemWouldReachItsAudienceByTheRulesItWouldBeSentBy() {
        TestOrganisation.Person tor = org.person("Tor", "A1").withoutComputer();
        jdbc.update("UPDATE person SET mobile = '+4791112222' WHERE id = ?", tor.id());
        org.person("Åse", "A").withoutComputer();
        java.util.Set<Long> units = java.util.Set.of(org.unitId("A"), org.unitId("A1"));
        no.tavla.news.ChannelForecast.Channels mustRead = forecast.forecast(false, units, java.util.Set.of(),
                no.tavla.news.ItemKind.MUST_READ);
        // Kari, Ola, Per (no e-mail), Siri (no e-mail at once) have a PC; Tor and Åse not; Nils has left
        assertThat(mustRead).isEqualTo(new no.tavla.news.ChannelForecast.Channels(4, 2, 1, 1, 1));
        no.tavla.news.ChannelForecast.Channels normal = forecast.forecast(false, units, java.util.Set.of(),
                no.tavla.news.ItemKind.NORMAL);
        assertThat(normal).as("all in the digest, no SMS: Tor and Åse on paper")
                .isEqualTo(new no.tavla.news.ChannelForecast.Channels(4, 0, 3, 0, 2));
    }
}
