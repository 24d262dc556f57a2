package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * A communication plan end to end in a browser, by keyboard-reachable controls: communications plan a case, add an
 * intranet measure, make the plan active, make the measure's draft and publish it from the write page, and see on
 * the plan what Tavla knows of how it went (a table and a chart named in words), write what worked, and find the
 * item on the editorial calendar; each page passes axe.
 */
class PlansBrowserIT extends BrowserTest {

    @Test
    void aPlanGoesFromItsMeasureToAnItemThatIsReleasedAndEvaluated() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signInAs("Ingrid Solheim");
        page.navigate(url("/plans"));
        assertThat(heading()).hasText("Kommunikasjonsplaner");
        page.locator("vaadin-text-field.tavla-plans-new-name input").fill("Ny turnus " + tag);
        page.locator(".tavla-plans-create").click();
        assertThat(heading()).hasText("Ny turnus " + tag);
        page.waitForURL(java.util.regex.Pattern.compile(".*/plans/\\d+$")); // the address follows the page
        String plan = page.url().replaceAll(".*/plans/(\\d+).*", "$1");

        page.locator("vaadin-text-area.tavla-plan-key-messages textarea").fill("Turnusen blir enklere.");
        page.locator(".tavla-plan-save").click();
        assertThat(page.getByText("Planen er lagret.")).isAttached(); // the page is drawn anew
        page.locator("vaadin-text-field.tavla-plan-measure-new-title input").fill("Sak om ny turnus " + tag);
        page.locator(".tavla-plan-measure-add").click();
        assertThat(page.getByText("Tiltaket er lagt til.")).isAttached();
        assertThat(page.locator(".tavla-plan-measure")).containsText("Sak om ny turnus " + tag);
        page.locator(".tavla-plan-move").click();
        assertThat(page.locator(".tavla-plan-status")).containsText("Aktiv");
        org.assertj.core.api.Assertions.assertThat(Axe.violations(page)).as("axe, the active plan").isEmpty();

        page.locator(".tavla-plan-measure-draft").click();
        assertThat(page.locator("vaadin-text-field.tavla-news-title input")).hasValue("Sak om ny turnus " + tag);
        assertThat(page.locator(".tavla-news-plan")).containsText("Ny turnus " + tag);
        page.locator("vaadin-text-area.tavla-news-lead textarea").fill("Fra mars får hjemmetjenesten ny turnus.");
        assertThat(page.locator(".tavla-news-saved")).containsText("Lagret");
        page.locator(".tavla-news-publish").click();
        assertThat(page.locator(".tavla-news-history")).containsText("Publisert");

        page.navigate(url("/plans/" + plan));
        Locator evaluation = page.locator(".tavla-plan-evaluation");
        assertThat(evaluation).containsText("Sak om ny turnus " + tag);
        assertThat(evaluation).containsText("0 av 1 tiltak gled ut.");
        assertThat(evaluation.locator("svg[role=img]")).hasCount(1);
        assertThat(evaluation.locator("svg[role=img] desc")).containsText("Sak om ny turnus " + tag + ": 0 %");
        page.locator("vaadin-text-area.tavla-plan-evaluation-worked textarea").fill("Saken kom ut i tide.");
        page.locator(".tavla-plan-evaluation-save").click();
        assertThat(page.getByText("Evalueringen er lagret.").first()).isAttached();
        org.assertj.core.api.Assertions.assertThat(Axe.violations(page)).as("axe, the evaluation").isEmpty();

        page.navigate(url("/calendar"));
        assertThat(heading()).hasText("Redaksjonskalender");
        assertThat(page.locator(".tavla-calendar-day-today")).containsText("Sak om ny turnus " + tag);
        org.assertj.core.api.Assertions.assertThat(Axe.violations(page)).as("axe, the calendar").isEmpty();
    }
}
