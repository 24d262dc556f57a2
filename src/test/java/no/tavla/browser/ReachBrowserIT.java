package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's journey in a unit where most staff have no PC: print the week's notices as one PDF, record the
 * signatures from the sheet, see reach reach 100 %; a staff-room screen that opens nothing else; pages that print.
 */
class ReachBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private long mustReadForHomeCare(String title) {
        return mustReadForHomeCare(title, 600);
    }

    /** A must-read item for the home care service, released that many seconds ago. */
    private long mustReadForHomeCare(String title, int secondsAgo) {
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Gjelder alle som steller.', 'Bruk **nye** hansker.', u.id, 'MUST_READ', true, false,"
                + " false, 'PUBLISHED', ?, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'HO-HJT'"
                + " AND p.employee_number = '10005'", title, Timestamp.from(Instant.now().minusSeconds(secondsAgo)));
        long id = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, title);
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT ?, id, false FROM unit"
                + " WHERE code = 'HO-HJT'", id);
        return id;
    }

    @Test
    void aManagerPrintsRecordsTheSignaturesAndReachesEveryone() throws Exception {
        String title = "Nye hansker " + tag;
        long id = mustReadForHomeCare(title);
        signInAs("Per Lie");
        page.navigate(url("/reach"));
        assertThat(heading()).hasText("Rekkevidde");
        assertThat(page.getByText(title).first()).isVisible();
        page.locator(".tavla-batch-week").click();
        LocatorAssertions.IsVisibleOptions wait = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
        assertThat(page.locator(".tavla-batch-download")).isVisible(wait);
        assertThat(page.locator(".tavla-batch-status")).containsText("i én PDF");
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('.tavla-batch-download')");
        String href = page.locator(".tavla-batch-download").getAttribute("href");
        APIResponse pdf = page.request().get(url("/" + href));
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.headers().getOrDefault("content-disposition", ""))
                .as("named in the page's language").contains("oppslag-");
        APIResponse english = page.request().get(url("/notices/" + id + ".pdf?lang=en"));
        org.assertj.core.api.Assertions.assertThat(english.headers().get("content-disposition"))
                .contains("notice-" + id + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document)
                    .replaceAll("\\s+", " ")).contains(title, "Signaturliste: " + title, "Kari Nordmann");
        }
        page.reload();
        assertThat(page.locator(".tavla-batch-log")).containsText("Per Lie");

        page.navigate(url("/reach/" + id));
        assertThat(page.locator(".tavla-reach-summary")).containsText("0 % nådd");
        screenshot("reach-item-before");
        page.locator(".tavla-reach-paper .tavla-reach-tick-all").click();
        page.locator(".tavla-paper-save").click();
        assertThat(page.locator(".tavla-reach-summary")).containsText("100 % nådd");
        assertThat(page.getByText("Alle dine ansatte er nådd").first()).isVisible();
        // focus on what was saved, in the signature section, not on the page's heading (WCAG 2.4.3)
        page.waitForFunction("() => document.activeElement"
                + " && document.activeElement.matches('.tavla-reach-paper .tavla-reach-saved')");
        assertThat(page.locator(".tavla-reach-saved")).containsText("står nå som signert på papir");
        screenshot("reach-item-after");
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator(".tavla-reach-csv").click());
        String csv = java.nio.file.Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("Enhet;Mottakere;Uten PC;")
                .contains("Hjemmetjenesten;").contains("Totalt;").endsWith(";0;100\n");
    }

    @Test
    void aSignatureTickedByMistakeAndTakenBackIsNeverRecorded() {
        long id = mustReadForHomeCare("Ny vaktplan " + tag);
        signInAs("Per Lie");
        page.navigate(url("/reach/" + id));
        com.microsoft.playwright.Locator kari = page.locator(".tavla-paper-ticks vaadin-checkbox")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kari Nordmann"));
        com.microsoft.playwright.Locator box = kari.locator("input");
        box.click();
        assertThat(box).isChecked();
        page.locator(".tavla-reach-paper .tavla-reach-filter input").fill("Kar");
        box.click(); // ticked by mistake, taken back while searching
        assertThat(box).not().isChecked();
        page.locator(".tavla-reach-paper .tavla-reach-filter input").fill("Kari");
        assertThat(kari).isVisible();
        assertThat(box).not().isChecked();
        page.locator(".tavla-reach-paper .tavla-reach-filter input").fill("");
        assertThat(box).not().isChecked();
        page.locator(".tavla-paper-save").click();
        assertThat(page.locator(".tavla-reach-summary")).containsText("0 % nådd");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reach_confirmation"
                + " WHERE item_id = ? AND channel = 'PAPER'", Integer.class, id)).isZero();
    }

    @Test
    void aStaffRoomScreenShowsTheItemToNobodySignedInAndOpensNothingElse() {
        String title = "Brannøvelse " + tag;
        // the newest must-read item comes first on the screen
        long id = mustReadForHomeCare(title, 0);
        signInAs("Per Lie");
        page.navigate(url("/reach"));
        page.locator(".tavla-kiosk-label input").fill("Pauserommet " + tag);
        page.locator(".tavla-kiosk-create").click();
        String address = page.locator(".tavla-kiosk-address input").inputValue();
        // focus on the new screen's address, which is read out, not left on the page's body (WCAG 2.4.3)
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('.tavla-kiosk-address')");
        org.assertj.core.api.Assertions.assertThat(address).contains("/kiosk/");
        String token = address.substring(address.indexOf("/kiosk/") + "/kiosk/".length());

        newBrowser();
        page.navigate(address);
        assertThat(page.locator(".tavla-kiosk-unit")).hasText("Hjemmetjenesten");
        assertThat(page.locator(".tavla-kiosk-title")).hasText(title);
        screenshot("kiosk");
        String position = page.locator(".tavla-kiosk-position").textContent();
        int shown = Integer.parseInt(position.substring(position.lastIndexOf(' ') + 1));
        jdbc.update("UPDATE news_item SET status = 'WITHDRAWN' WHERE id = ?", id);
        events.publishEvent(new no.tavla.news.ItemChanged(id, no.tavla.news.ItemChanged.Kind.WITHDRAWN));
        assertThat(page.locator(".tavla-kiosk-stage")).not().containsText(title);
        if (shown > 1) {
            assertThat(page.locator(".tavla-kiosk-position")).hasText("Sak 1 av " + (shown - 1));
        }
        // the same browser, with the screen's session, reaches nothing that needs a sign-in
        for (String path : new String[] {"/news/" + id, "/notices/" + id + ".pdf", "/reach", "/units/HO-HJT"}) {
            APIResponse response = page.request().get(url(path));
            org.assertj.core.api.Assertions.assertThat(response.text()).as(path).doesNotContain(title, "Signaturliste");
            org.assertj.core.api.Assertions.assertThat(response.headers().getOrDefault("content-type", ""))
                    .as(path).doesNotStartWith("application/pdf");
        }
        page.navigate(url("/news/" + id));
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
        APIResponse api = page.request().post(url("/api/import"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token).setData("x"));
        org.assertj.core.api.Assertions.assertThat(api.status()).as("the token is no API key").isEqualTo(401);
    }

    @Test
    void itemAndUnitPagesPrintWithoutTheApplicationAroundThem() {
        String title = "Utskrift " + tag;
        long id = mustReadForHomeCare(title);
        signInAs("Kari Nordmann");
        page.navigate(url("/news/" + id));
        assertThat(heading()).hasText(title);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(heading()).isVisible();
        assertThat(page.getByText("Bruk").first()).isVisible();
        assertThat(page.locator(".tavla-notice-print")).isHidden();
        assertThat(page.locator(".tavla-confirm-button")).isHidden();
        assertThat(page.locator(".tavla-comment-field")).isHidden();
        assertThat(page.locator(".tavla-user-name")).isHidden();
        page.navigate(url("/units/HO-HJT"));
        assertThat(heading()).hasText("Hjemmetjenesten");
        assertThat(page.locator(".tavla-user-name")).isHidden();
        assertThat(page.locator("vaadin-button").first()).isHidden();
    }
}
