package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisDraft;
import no.tavla.organisation.People;
import no.tavla.organisation.SignIn;
import no.tavla.support.ServiceSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Crisis mode reaches open pages at once: the banner comes to an employee's and a manager's open pages, and a
 * staff-room screen shows the crisis instead of its turn, when it is switched on; they change with an update and it
 * goes when it is switched off, without reloading; they pass axe.
 */
class CrisisBrowserIT extends BrowserTest {

    @Autowired
    Crises crises;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    @AfterEach
    void endEveryCrisis() {
        ServiceSignIn.out(contexts);
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    @Test
    void theBannerComesChangesAndGoesOnOpenPagesWithoutReloading() {
        String title = "Vannforurensing " + UUID.randomUUID().toString().substring(0, 6);
        signInAs("Kari Nordmann");
        Page employee = page;
        page = anotherBrowser();
        signInAs("Per Lie");
        Page manager = page;
        // a staff-room screen of the home care service: no one signed in there
        String token = "crisis-screen-token-" + UUID.randomUUID();
        jdbc.update("INSERT INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at) SELECT id,"
                + " 'Pauserommet', ?, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'", no.tavla.shared.Secrets.hash(token));
        Page screen = anotherBrowser();
        screen.navigate(url("/kiosk/" + token));
        assertThat(screen.locator(".tavla-kiosk")).isVisible();
        screen.evaluate("() => window.__sameDocument = true");
        assertThat(screen.locator(".tavla-kiosk-crisis")).not().isVisible();
        for (Page open : List.of(employee, manager)) {
            open.evaluate("() => window.__sameDocument = true");
            assertThat(open.locator(".tavla-crisis-banner")).not().isVisible();
        }

        people.signedIn(new SignIn("demo-siri", "Siri Dahl", null, "10006"));
        ServiceSignIn.as(contexts, "demo-siri", "CRISIS");
        Crisis crisis = crises.switchOn(new CrisisDraft(title, "Ikke drikk vann fra springen.", true, Set.of(),
                false));
        LocatorAssertions.IsVisibleOptions wait = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
        for (Page open : List.of(employee, manager)) {
            assertThat(open.locator(".tavla-crisis-banner")).isVisible(wait);
            assertThat(open.locator(".tavla-crisis-banner")).containsText("Krise: " + title);
            assertThat(open.locator(".tavla-crisis-banner")).containsText("Ikke drikk vann fra springen.");
        }
        assertThat(screen.locator(".tavla-kiosk-crisis")).isVisible(wait);
        assertThat(screen.locator(".tavla-kiosk-stage")).containsText(title);
        assertThat(screen.locator(".tavla-kiosk-stage")).containsText("Ikke drikk vann fra springen.");
        org.assertj.core.api.Assertions.assertThat(Axe.violations(screen)).as("axe, the screen in a crisis").isEmpty();
        crises.post(crisis.id(), "Vann deles ut ved rådhuset fra kl. 14.", false, false);
        for (Page open : List.of(employee, manager)) {
            assertThat(open.locator(".tavla-crisis-banner")).containsText("Vann deles ut ved rådhuset fra kl. 14.",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        }
        assertThat(screen.locator(".tavla-kiosk-stage")).containsText("Vann deles ut ved rådhuset fra kl. 14.",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        org.assertj.core.api.Assertions.assertThat(Axe.violations(employee)).as("axe, with the banner").isEmpty();

        employee.locator(".tavla-crisis-banner a").click();
        assertThat(employee.locator("h1")).hasText(title);
        employee.locator(".tavla-crisis-confirm-button").click();
        com.microsoft.playwright.APIResponse notice = employee.request().get(url("/crisis-prints/" + crisis.id()
                + "/notice.pdf"));
        org.assertj.core.api.Assertions.assertThat(notice.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(notice.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(notice.headers().get("content-disposition"))
                .as("named in the language it is printed in").contains("kriseoppslag-" + crisis.id() + ".pdf");
        org.assertj.core.api.Assertions.assertThat(employee.request().get(url("/crisis-prints/" + crisis.id()
                + "/notice.pdf?lang=sv")).headers().get("content-disposition"))
                .contains("krisanslag-" + crisis.id() + ".pdf");
        org.assertj.core.api.Assertions.assertThat(employee.request().get(url("/crisis-prints/" + crisis.id()
                + "/log.pdf")).status()).as("the log is for those who lead").isEqualTo(404);
        assertThat(employee.locator("main").getByText("Du har bekreftet at du har lest dette.")).isVisible();

        crises.switchOff(crisis.id(), "Vannet er trygt å drikke igjen.");
        for (Page open : List.of(employee, manager)) {
            assertThat(open.locator(".tavla-crisis-banner")).not().isVisible(wait);
        }
        assertThat(screen.locator(".tavla-kiosk-crisis")).not().isVisible(wait);
        org.assertj.core.api.Assertions.assertThat(screen.evaluate("() => window.__sameDocument === true"))
                .as("the screen was not reloaded").isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(manager.evaluate("() => window.__sameDocument === true"))
                .as("no reload").isEqualTo(true);
    }
}
