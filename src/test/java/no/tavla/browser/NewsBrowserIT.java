package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * The journey in Chromium: an editor writes a must-read item for everyone (with an image and an attachment),
 * communications approves it, an employee reads, confirms and comments, and the editor sees the counts. Every text a
 * person can enter carries XSS filter-evasion vectors; none may run or leave a handler, script or frame in the page.
 */
class NewsBrowserIT extends BrowserTest {

    /** Vectors from the OWASP XSS filter-evasion cheat sheet, each setting a flag if it ever ran. */
    private static final String VECTORS = "<script>window.__xss=1</script>"
            + "<img src=x onerror=\"window.__xss=2\">"
            + "<svg/onload=window.__xss=3>"
            + "<iframe src=\"javascript:window.__xss=4\"></iframe>"
            + "\"><body onload=window.__xss=5>"
            + "[klikk](javascript:window.__xss=6)"
            + "<a href=\"jav&#x09;ascript:window.__xss=7\">x</a>"
            + "<IMG SRC=JaVaScRiPt:window.__xss=8>";

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private void watchForScripts() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    /** Focus is on what the action produced, never left on the page's body (WCAG 2.4.3). */
    private void assertFocusOn(String selector, String when) {
        page.waitForFunction("s => document.activeElement && document.activeElement.matches(s)", selector);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.tagName"))
                .as("focus " + when).isNotEqualTo("BODY");
    }

    /** Nothing the vectors carry survived into the page, and none ran. */
    private void assertNoScriptRan(String where) {
        Object ran = page.evaluate("() => window.__xss === undefined ? 0 : window.__xss");
        assertThat(ran).as(where + ": a vector ran").isEqualTo(0);
        Object handlers = page.evaluate("() => [...document.querySelectorAll('.tavla-item *, .tavla-comments *,"
                + " .tavla-feed *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))"
                + " || (e.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript')"
                + " || ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'svg'].includes(e.tagName)).length");
        assertThat(handlers).as(where + ": elements with handlers, scripts or frames").isEqualTo(0);
        assertThat(dialogs).as(where + ": dialogs opened by a script").isEmpty();
    }

    @Test
    void anEditorWritesCommunicationsApprovesAnEmployeeConfirmsAndTheEditorSeesTheCounts() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Brannøvelse " + tag + " " + VECTORS;

        signInAs("Ola Hansen");
        watchForScripts();
        page.navigate(url("/write"));
        assertThat(heading()).hasText("Skriv sak");
        page.locator("vaadin-text-field.tavla-news-title input").fill(title);
        assertThat(page.locator(".tavla-news-saved")).containsText("Lagret");
        page.locator("vaadin-text-area.tavla-news-lead textarea").fill("Ingress " + VECTORS);
        page.locator(".tavla-markdown-text textarea").fill("Alle må kjenne **rømningsveiene**.\n\n" + VECTORS);
        assertThat(page.locator(".tavla-markdown-preview strong")).hasText("rømningsveiene");
        page.locator(".tavla-markdown-table").first().click();
        // a table starts with its header row
        assertThat(page.locator(".tavla-markdown-preview th").first()).hasText("Kolonne 1");
        page.getByText("Hele kommunen", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".tavla-news-size")).containsText("Saken når");
        page.getByText("Lest og forstått (leserne bekrefter)").click();
        // the deadline field comes with the server's answer and moves the fields below it: click after it came
        assertThat(page.locator("vaadin-date-time-picker.tavla-news-confirm-by")).isVisible();
        page.getByText("Tillat kommentarer").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tillat kommentarer"))).isChecked();

        page.locator("vaadin-upload.tavla-news-image-upload input[type=file]")
                .setInputFiles(new FilePayload("rømningsplan.png", "image/png", png()));
        assertThat(page.getByText("er lastet opp")).isVisible();
        page.locator("vaadin-text-field.tavla-news-image-alt input").fill("Rømningsplan " + VECTORS);
        page.locator(".tavla-news-image-insert").click();
        assertThat(page.locator(".tavla-news-files")).containsText("rømningsplan.png");
        page.locator("vaadin-upload.tavla-news-attachment-upload input[type=file]").setInputFiles(new FilePayload(
                "\"><img src=x onerror=window.__xss=9>.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page.locator(".tavla-news-files")).containsText(".pdf");
        assertThat(page.locator(".tavla-news-saved")).containsText("Lagret");
        assertNoScriptRan("the editor's preview");
        page.locator(".tavla-news-submit").click();
        assertThat(page.getByText("Saken venter på godkjenning")).isVisible();
        assertFocusOn(".tavla-news-saved", "after sending it for approval");
        String item = page.url().replaceAll(".*/write/(\\d+).*", "$1");
        screenshot("news-submitted");

        newBrowser();
        signInAs("Ingrid Solheim");
        watchForScripts();
        page.navigate(url("/desk"));
        page.locator(".tavla-desk-list a").filter(new Locator.FilterOptions().setHasText("Brannøvelse " + tag)).first()
                .click();
        page.locator(".tavla-news-approve").click();
        assertThat(page.locator(".tavla-news-history")).containsText("Godkjent og publisert");
        assertFocusOn(".tavla-news-saved", "after approving it");
        assertNoScriptRan("communications' desk");

        newBrowser();
        signInAs("Kari Nordmann");
        watchForScripts();
        Locator card = page.locator(".tavla-item-card").filter(new Locator.FilterOptions().setHasText("Brannøvelse " + tag));
        assertThat(card).containsText("Ulest");
        assertThat(card).containsText("<script>window.__xss=1</script>");
        assertNoScriptRan("the feed");
        card.locator("a.tavla-item-link").click();
        assertThat(heading()).containsText("Brannøvelse " + tag);
        assertThat(page.locator(".tavla-item strong")).hasText("rømningsveiene");
        page.waitForFunction("() => [...document.querySelectorAll('.tavla-item img')]"
                + ".some(i => i.complete && i.naturalWidth === 40)");
        // the alt text is shown as text, attribute-escaped (and cut at 300 characters by its field)
        assertThat(page.locator(".tavla-item img")).hasAttribute("alt",
                java.util.regex.Pattern.compile("^Rømningsplan <script>window.__xss=1</script><img src=x onerror="));
        assertThat(page.locator(".tavla-attachments")).containsText(".pdf");
        String imageSrc = page.locator(".tavla-item img").getAttribute("src");
        page.locator(".tavla-confirm-button").click();
        assertThat(page.getByText("Du har bekreftet")).isVisible();
        assertFocusOn(".tavla-confirmed", "after confirming it");
        page.locator("vaadin-text-area.tavla-comment-field textarea").fill("Takk! Se https://kommune.no/brann "
                + VECTORS);
        page.locator(".tavla-comment-send").click();
        assertThat(page.locator(".tavla-comment-text a")).hasAttribute("href", "https://kommune.no/brann");
        assertNoScriptRan("the item page for a reader");
        screenshot("news-confirmed");

        newBrowser(); // nobody signed in: the image's address gives the sign-in, never the image
        var anonymous = page.request().get(url(imageSrc));
        assertThat(anonymous.headers().getOrDefault("content-type", "")).doesNotStartWith("image/");
        signInAs("Jonas Berg");
        assertThat(page.request().get(url("/files/999999999")).status()).isEqualTo(404);

        newBrowser();
        signInAs("Ola Hansen");
        watchForScripts();
        page.navigate(url("/news/" + item));
        assertThat(page.locator(".tavla-counts")).containsText("Bekreftet: 1");
        assertNoScriptRan("the item page for its editor");
        screenshot("news-counts");
    }
}
