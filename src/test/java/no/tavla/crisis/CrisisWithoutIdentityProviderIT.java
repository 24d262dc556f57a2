package no.tavla.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import no.tavla.access.local.LocalSignInServer;
import no.tavla.load.BrowserlessClient;
import no.tavla.notifications.local.LocalSmsGateway;
import no.tavla.organisation.People;
import no.tavla.organisation.SignIn;
import no.tavla.shared.Secrets;
import no.tavla.support.CrisisCleanup;
import no.tavla.support.SecondTavla;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Crisis mode when the ordinary infrastructure fails (issue 15): with the identity provider down, a Tavla whose staff
 * signed in before keeps their pages working and tells them of the crisis, its staff-room screens show it, and its SMS
 * go out. (The mail server down is in CrisisMessagesIT: the SMS still go, the e-mails wait and are tried again.)
 */
@TavlaIntegrationTest
class CrisisWithoutIdentityProviderIT {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void endEveryCrisis() {
        CrisisCleanup.endEveryCrisis(jdbc);
    }

    @Test
    void signedInPagesScreensAndSmsWorkWhileTheIdentityProviderIsDown() throws Exception {
        String title = "Stromstans " + UUID.randomUUID().toString().substring(0, 6);
        String token = "idp-down-screen-" + UUID.randomUUID();
        jdbc.update("INSERT INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at) SELECT id,"
                + " 'Vaktrommet', ?, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'", Secrets.hash(token));
        // an instance of its own, sending crisis messages every second, whose identity provider can be stopped
        try (ConfigurableApplicationContext tavla = SecondTavla.start(List.of(), "--tavla.news.release-check=PT1H",
                "--tavla.notifications.crisis-check=PT1S", "--tavla.notifications.crisis-first-check=PT1S")) {
            URI base = URI.create("http://127.0.0.1:" + tavla.getEnvironment().getProperty("local.server.port"));
            BrowserlessClient kari = new BrowserlessClient(base);
            assertThat(kari.signInAs("demo-kari").status()).isEqualTo(200);
            kari.listen();
            CountDownLatch told = new CountDownLatch(1);
            kari.watch(message -> {
                if (message.contains(title)) {
                    told.countDown();
                }
            });
            LocalSmsGateway gateway = tavla.getBean(LocalSmsGateway.class);

            tavla.getBean(LocalSignInServer.class).stop();
            assertThatThrownBy(() -> new BrowserlessClient(base).signInAs("demo-per"))
                    .as("no one can sign in now").isInstanceOf(ConnectException.class);

            tavla.getBean(People.class).signedIn(new SignIn("demo-siri", "Siri Dahl", null, "10006"));
            ServiceSignIn.as(tavla.getBeanProvider(SecurityContextHolderStrategy.class), "demo-siri", "CRISIS");
            Crisis crisis = tavla.getBean(Crises.class).switchOn(new CrisisDraft(title, "Bruk aggregatet.", false,
                    Set.of(jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HO-HJT'", Long.class)), false));

            assertThat(told.await(30, TimeUnit.SECONDS)).as("Kari's open page is told by push").isTrue();
            BrowserlessClient.Page feed = kari.open("/");
            assertThat(feed.status()).as("her session still works").isEqualTo(200);
            assertThat(kari.body()).contains(title).contains("Bruk aggregatet.");

            BrowserlessClient screen = new BrowserlessClient(base);
            assertThat(screen.open("/kiosk/" + token).status()).isEqualTo(200);
            assertThat(screen.body()).contains("tavla-kiosk-crisis").contains(title);

            String kariNumber = "+4791000001";
            for (int second = 0; second < 30 && gateway.received().stream().noneMatch(sms -> sms.destination()
                    .equals(kariNumber) && sms.text().contains("/crisis/" + crisis.id())); second++) {
                Thread.sleep(1000);
            }
            assertThat(gateway.received()).as("the SMS went out")
                    .anyMatch(sms -> sms.destination().equals(kariNumber) && sms.text().contains(title));
            kari.close();
            screen.close();
        }
    }
}
