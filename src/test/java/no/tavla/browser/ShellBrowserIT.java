package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

/** The shell's journeys in a real browser: sign in, look around, change language, sign out. */
class ShellBrowserIT extends BrowserTest {

    @Test
    void anEmployeeSignsInThroughTheLocalIdentityProviderAndSeesTheShell() {
        page.navigate(url("/"));
        screenshot("local-sign-in");
        signInAs("Kari Nordmann");
        assertThat(heading()).hasText("Nyheter");
        assertThat(page.locator(".tavla-municipality")).hasText("Demo kommune");
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
        assertThat(page.locator(".tavla-item-pinned").getByText("Tavla er tatt i bruk")).isVisible();
        assertThat(page).hasTitle("Nyheter – Tavla");
        screenshot("home-employee");
    }

    @Test
    void englishIsChosenOnceAndRememberedOnAnotherPc() {
        signInAs("Jonas Berg");
        chooseLanguage("en");
        assertThat(heading()).hasText("News");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        newBrowser();
        signInAs("Jonas Berg");
        assertThat(heading()).hasText("News");

        chooseLanguage("nb");
        assertThat(heading()).hasText("Nyheter");
    }

    @Test
    void signingOutEndsTheSessionAtTavlaAndTheIdentityProvider() {
        signInAs("Per Lie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
        assertThat(heading()).hasText("Du er logget ut");
        assertThat(page).hasURL(url("/signed-out"));

        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
    }

    @Test
    void cancellingTheSignInLandsOnAFriendlyPageWithARetry() {
        page.navigate(url("/"));
        page.locator("#cancel").click();
        assertThat(heading()).hasText("Innloggingen ble ikke fullført");
        assertThat(page.getByText("Du avbrøt innloggingen.")).isVisible();
        screenshot("sign-in-cancelled");

        page.getByText("Prøv igjen").click();
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheShellAndAnswers404() {
        signInAs("Kari Nordmann");
        com.microsoft.playwright.Response answer = page.navigate(url("/no-such-page"));
        assertThat(heading()).hasText("Fant ikke siden");
        assertThat(page.locator(".tavla-user-name")).hasText("Kari Nordmann");
        assertThat(answer.status()).isEqualTo(404);
        for (String path : java.util.List.of("/news/999999999", "/news/abc", "/units/NO-SUCH-UNIT")) {
            assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(404);
        }
        // files and notices, signed in (the page's cookies), with ids that are no ids or no one's
        for (String path : java.util.List.of("/files/abc", "/files/-1", "/files/999999999", "/notices/abc.pdf",
                "/notices/999999999.pdf", "/notices/1.txt")) {
            assertThat(page.request().get(url(path)).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anEmployeeIsTurnedAwayFromTheSystemPageWith403AndTheMenuDoesNotOfferIt() {
        signInAs("Kari Nordmann");
        // the news, the units, her own profile and the accessibility statement; nothing to administer
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(4);
        assertThat(page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Min profil"))).hasCount(1);
        com.microsoft.playwright.Response answer = page.navigate(url("/system"));
        assertThat(heading()).not().hasText("System");
        assertThat(page.getByText("MariaDB")).hasCount(0);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(page.navigate(url("/admin/import")).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorSeesTheSystemPage() {
        signInAs("Siri Dahl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("System")).click();
        assertThat(heading()).hasText("System");
        assertThat(page.getByText("Europe/Oslo")).isVisible();
        screenshot("system-admin");
    }

    @Test
    void onAPhoneTheMenuFoldsAwayAndNothingScrollsSideways() {
        page.setViewportSize(375, 740);
        signInAs("Kari Nordmann");
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        assertThat(heading()).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        double brandEnd = page.locator(".tavla-brand").boundingBox().x + page.locator(".tavla-brand").boundingBox().width;
        double userStart = page.locator(".tavla-user").boundingBox().x;
        assertThat(brandEnd).as("the header's name and buttons do not overlap").isLessThanOrEqualTo(userStart);
        screenshot("home-phone");
    }

    @Test
    void aPrintedPageShowsTheContentWithoutNavigation() {
        signInAs("Kari Nordmann");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(heading()).isVisible();
        assertThat(page.locator(".tavla-user")).isHidden();
        assertThat(page.locator("vaadin-drawer-toggle")).isHidden();
    }
}
