package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: the running application, signed in through the real local OpenID Connect flow, in Debian's Chromium
 * driven by Playwright. Playwright never downloads a browser here.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("TAVLA_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("The browser tests need Chromium at " + chromium + ". Install it with "
                    + "'sudo apt-get install chromium' (Debian/Ubuntu), or set TAVLA_CHROMIUM to the browser's path.");
        }
        // the first page of a run waits for the development bundle; the machine is shared and busy
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openBrowserContext() {
        newBrowser();
    }

    /** What Chromium refused under Tavla's Content-Security-Policy, in every page of the test. */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Errors the browser reported, for a test to show when it fails. */
    protected final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final List<BrowserContext> others = new java.util.ArrayList<>();

    /** Another PC beside this one (its own cookies and session, so another person), closed after the test. */
    protected Page anotherBrowser() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO"));
        other.setDefaultTimeout(30_000);
        others.add(other);
        return other.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        others.forEach(BrowserContext::close);
        others.clear();
        browserContext.close();
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    /** A fresh browser: no cookies, no session, as another PC would be. */
    protected void newBrowser() {
        if (browserContext != null) {
            browserContext.close();
        }
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO"));
        browserContext.setDefaultTimeout(30_000);
        browserContext.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page = browserContext.newPage();
        page.onPageError(error -> consoleErrors.add("page error: " + error));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens Tavla and signs in on the local identity provider's page as the named demo person. */
    protected void signInAs(String name) {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
        page.locator("button").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        assertThat(page.locator(".tavla-user-name")).hasText(name);
    }

    /**
     * Signs in as someone who is not on the demo list, through the same local identity provider: the first person's
     * form, with another subject and employee number.
     */
    protected void signInAsSomeone(String subject, String name, String employeeNumber) {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
        String claims = "{\"name\":\"" + name + "\",\"email\":\"" + subject + "@test.kommune.no\","
                + "\"employee_number\":\"" + employeeNumber + "\",\"roles\":[]}";
        page.evaluate("([subject, claims]) => { const form = document.querySelector('form');"
                + " form.querySelector('[name=username]').value = subject;"
                + " form.querySelector('[name=claims]').value = claims; form.submit(); }",
                List.of(subject, claims));
        assertThat(page.locator(".tavla-user-name")).hasText(name);
    }

    /** Saves what the page looks like under target/screenshots, for people reviewing a change. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    protected Locator heading() {
        return page.locator("h1").first();
    }

    /**
     * Chooses a language in the header's language menu, as a reader does: opens the menu by its button, picks the
     * language by its own name, and waits until the page is shown in it.
     */
    protected void chooseLanguage(String tag) {
        page.locator(".tavla-language vaadin-menu-bar-button").first().click();
        Locator choice = page.locator("vaadin-menu-bar-item[lang='" + tag + "']");
        assertThat(choice).isVisible();
        choice.click();
        assertThat(page.locator("html")).hasAttribute("lang", tag);
    }
}
