package no.tavla.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisDraft;
import no.tavla.crisis.CrisisLogEntry;
import no.tavla.crisis.CrisisMessages;
import no.tavla.notifications.internal.CrisisMessageStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.notifications.local.LocalMailServer;
import no.tavla.notifications.local.LocalSmsGateway;
import no.tavla.notifications.mail.MailLogo;
import no.tavla.organisation.Audiences;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A crisis's SMS and e-mails on MariaDB, the local gateway and mail server (issue 15): to everyone in its scope who
 * can be reached, once, in their language, ignoring quiet hours and opt-outs; ØVELSE in a drill's; updates and the
 * closing message only on the channels ticked; SMS still going while the mail server is down, whose e-mails wait,
 * show their error to the crisis staff and go when it is back; nothing but the closing message once it has ended.
 */
@TavlaIntegrationTest
class CrisisMessagesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Crises crises;
    @Autowired
    CrisisSender sender;
    @Autowired
    LocalSmsGateway gateway;
    @Autowired
    LocalMailServer mail;
    @Autowired
    PreferenceStore preferences;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;
    @Autowired
    CrisisMessageStore store;
    @Autowired
    Recipients recipients;
    @Autowired
    Audiences audiences;
    @Autowired
    ObjectProvider<Crises> crisesProvider;
    @Autowired
    MailSetup mailSetup;
    @Autowired
    SmsSetup smsSetup;
    @Autowired
    Translations translations;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    MailLogo logo;
    @Autowired
    Clock clock;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        endEveryCrisis();
        org = new TestOrganisation(jdbc, "crisismsg");
        org.unit("S");
        org.unit("S1", "S");
        org.unit("T");
        org.person("Mona", "S").email(address("mona")).mobile("+4792" + digits(1));
        org.person("Kari", "S1").email(address("kari")).language("en");
        org.person("Per", "S").withoutComputer().mobile("+4792" + digits(2));
        org.person("Siv", "S").withoutComputer();
        org.person("Lise", "T").email(address("lise")).mobile("+4792" + digits(3));
        org.person("Cato", "T").role("CRISIS", null);
        // Mona said no to everything and is in her quiet hours; Kari chose no e-mail and no digest
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Oslo"));
        preferences.save(org.personId("Mona"), new Choices(false, Digest.NONE, new Timing.Quiet(now.minusHours(1),
                now.plusHours(1)), false, null), Instant.now(), "test");
        preferences.save(org.personId("Kari"), new Choices(false, Digest.NONE, Timing.Quiet.NONE), Instant.now(),
                "test");
    }

    @AfterEach
    void signOutAndEnd() {
        ServiceSignIn.out(contexts);
        endEveryCrisis();
    }

    private void endEveryCrisis() {
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    private String address(String name) {
        return name + "." + org.tag() + "@kommune.example";
    }

    /** Six digits that differ between runs, so that numbers never collide with another test's people. */
    private String digits(int person) {
        return String.format("%05d%d", Math.abs(org.tag().hashCode()) % 100_000, person);
    }

    private Crisis switchOn(boolean drill, String title) {
        ServiceSignIn.as(contexts, org.subject("Cato"), "CRISIS");
        return crises.switchOn(new CrisisDraft(title + " " + org.tag(), "Vannet er forurenset.\n\nIkke drikk vann"
                + " fra springen.", false, Set.of(org.unitId("S")), drill));
    }

    private List<LocalSmsGateway.Received> texts(Crisis crisis) {
        return gateway.received().stream().filter(text -> text.text().contains("/crisis/" + crisis.id() + ""))
                .filter(text -> text.text().matches("(?s).*/crisis/" + crisis.id() + "(\\D.*)?")).toList();
    }

    private List<MimeMessage> mails(Crisis crisis) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : mail.messages()) {
            if (LocalMailServer.part(message, "text/plain").matches("(?s).*/crisis/" + crisis.id() + "\\s.*")) {
                found.add(message);
            }
        }
        return found;
    }

    private static String to(MimeMessage message) throws Exception {
        return message.getAllRecipients()[0].toString();
    }

    @Test
    void switchingOnTextsAndEmailsEveryoneInTheScopeOnceIgnoringQuietHoursAndOptOuts() throws Exception {
        Crisis crisis = switchOn(false, "Vannforurensing");
        sender.runOnce();
        sender.runOnce();

        List<LocalSmsGateway.Received> texts = texts(crisis);
        assertThat(texts).extracting(LocalSmsGateway.Received::destination).as("Mona in her quiet hours, having"
                        + " said no to SMS, and Per without a PC; never Lise, outside the scope")
                .containsExactlyInAnyOrder("+4792" + digits(1), "+4792" + digits(2));
        assertThat(texts.get(0).text()).startsWith(municipality.name() + ": KRISE: Vannforurensing " + org.tag()
                + ". Vannet er forurenset. Ikke drikk vann fra springen. Les mer og bekreft: ")
                .endsWith("/crisis/" + crisis.id());

        List<MimeMessage> mails = mails(crisis);
        assertThat(mails).hasSize(2);
        MimeMessage toKari = mails.stream().filter(message -> {
            try {
                return to(message).contains(address("kari"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(toKari.getSubject()).as("in Kari's language, though she chose no e-mail")
                .isEqualTo("CRISIS: Vannforurensing " + org.tag());
        assertThat(toKari.getHeader("List-Unsubscribe")).as("a crisis cannot be unsubscribed from").isNull();
        assertThat(toKari.getHeader("Importance")).containsExactly("high");
        assertThat(LocalMailServer.part(toKari, "text/html")).contains("<html lang=\"en\">")
                .contains("Vannet er forurenset.").contains("/crisis/" + crisis.id());
        assertThat(mails.stream().map(message -> {
            try {
                return to(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).anyMatch(address -> address.contains(address("mona")));

        assertThat(crises.log(crisis.id())).filteredOn(entry -> entry.event().equals("MESSAGES"))
                .extracting(CrisisLogEntry::counts).containsExactly(List.of(2, 2));
        assertThat(crises.messages(crisis.id())).extracting(CrisisMessages.Progress::part,
                        CrisisMessages.Progress::channel, CrisisMessages.Progress::sent, CrisisMessages.Progress::total)
                .containsExactly(tuple(CrisisMessages.Part.ON, "SMS", 2, 2),
                        tuple(CrisisMessages.Part.ON, "EMAIL", 2, 2));
    }

    @Test
    void aDrillsMessagesSayOvelse() throws Exception {
        Crisis drill = switchOn(true, "Øvelse strømbrudd");
        sender.runOnce();
        assertThat(texts(drill)).hasSize(2).allSatisfy(text -> assertThat(text.text()).startsWith("ØVELSE: "));
        assertThat(mails(drill)).hasSize(2).allSatisfy(message -> {
            assertThat(message.getSubject()).matches("(ØVELSE|DRILL \\(ØVELSE\\)): (KRISE|CRISIS): Øvelse strømbrudd.*");
            assertThat(LocalMailServer.part(message, "text/plain")).contains("ØVELSE");
        });
    }

    @Test
    void updatesAndTheClosingMessageGoOnlyOnTheChannelsTickedAndNothingElseAfterTheEnd() throws Exception {
        Crisis crisis = switchOn(false, "Brann");
        crises.post(crisis.id(), "Oppmøte i rådhuset kl. 10.", true, false);
        crises.post(crisis.id(), "Bare på siden.", false, false);
        sender.runOnce();
        assertThat(texts(crisis)).extracting(LocalSmsGateway.Received::text)
                .filteredOn(text -> text.contains("Oppdatering: Oppmøte i rådhuset kl. 10.")).hasSize(2);
        assertThat(texts(crisis)).noneMatch(text -> text.text().contains("Bare på siden"));
        assertThat(mails(crisis)).as("the switch-on's two e-mails, not the update's").hasSize(2);

        // the mail server is down: the e-mails of the next update wait, the SMS do not
        crises.post(crisis.id(), "Vannet er trygt i sone 2.", true, true);
        CrisisSender down = sender(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException("421 relay.kommune.example is not accepting mail now");
            }
        });
        down.runOnce();
        assertThat(texts(crisis)).filteredOn(text -> text.text().contains("sone 2")).hasSize(2);
        assertThat(crises.messages(crisis.id())).filteredOn(part -> part.part() == CrisisMessages.Part.UPDATE
                        && part.channel().equals("EMAIL"))
                .singleElement().satisfies(part -> {
                    assertThat(part.waiting()).isEqualTo(2);
                    assertThat(part.lastProblem()).isEqualTo("421 relay.kommune.example is not accepting mail now");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crisis_message WHERE crisis_id = ? AND status ="
                + " 'WAITING' AND due_at > NOW(6)", Integer.class, crisis.id())).as("tried again later").isEqualTo(2);

        // back: when due, they go
        jdbc.update("UPDATE crisis_message SET due_at = NOW(6) WHERE crisis_id = ? AND status = 'WAITING'",
                crisis.id());
        sender.runOnce();
        assertThat(mails(crisis)).hasSize(4);

        crises.post(crisis.id(), "Venter ennå.", false, true);
        crises.switchOff(crisis.id(), "Alt er normalt igjen.", true, false);
        sender.runOnce();
        assertThat(mails(crisis)).as("an update still waiting when the crisis ended does not go").hasSize(4);
        assertThat(texts(crisis)).filteredOn(text -> text.text().contains("Krisen er over: Brann " + org.tag()
                + ". Alt er normalt igjen.")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT last_error FROM crisis_message WHERE crisis_id = ? AND part = 'UPDATE'"
                + " AND status = 'SKIPPED' LIMIT 1", String.class, crisis.id())).isEqualTo("the crisis has ended");
    }

    /** Another sender, on a mail server of the test's own. */
    private CrisisSender sender(JavaMailSender mailSender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mail", mailSender);
        return new CrisisSender(store, recipients, audiences, preferences, crisesProvider,
                new MailSetup(beans.getBeanProvider(JavaMailSender.class), mailSetup.properties()), smsSetup,
                translations, municipality, logo, clock, 4);
    }
}
