package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.assertions.LocatorAssertions;
import no.tavla.news.ItemChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** An item released while a reader's page is open appears without reloading, and a withdrawn one goes the same way. */
class LiveFeedBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    no.tavla.news.publishing.ReleaseJob releases;
    @Autowired
    no.tavla.notifications.OutboxJob outbox;

    @Test
    void anItemWithdrawnWhileItIsOpenGoesAwayThereToo() {
        String title = "Feilsendt " + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, '', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED', ?, p.id, NOW(6), NOW(6), 0"
                + " FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number = '10005'", title,
                Timestamp.from(Instant.now().minusSeconds(60)));
        long id = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, title);
        signInAs("Jonas Berg");
        page.navigate(url("/news/" + id));
        assertThat(heading()).hasText(title);
        jdbc.update("UPDATE news_item SET status = 'WITHDRAWN' WHERE id = ?", id);
        events.publishEvent(new ItemChanged(id, ItemChanged.Kind.WITHDRAWN));
        assertThat(page.getByText("Saken er trukket tilbake")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    @Test
    void aReleasedItemAppearsOnAnOpenFeedAndAWithdrawnOneDisappears() {
        String title = "Strømbrudd " + UUID.randomUUID().toString().substring(0, 6);
        signInAs("Kari Nordmann");
        assertThat(heading()).hasText("Nyheter");
        page.evaluate("() => window.__sameDocument = true");
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Rådhuset er uten strøm til kl. 12.', 'Tekst', u.id, 'NORMAL', false, true, false,"
                + " 'PUBLISHED', ?, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST'"
                + " AND p.employee_number = '10005'", title, Timestamp.from(Instant.now()));
        // the release job runs every few seconds and pushes the change to the open page
        LocatorAssertions.IsVisibleOptions wait = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
        assertThat(page.locator(".tavla-item-card").getByText(title)).isVisible(wait);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument === true"))
                .as("no reload").isEqualTo(true);
        // a screen reader hears which item came, from the page's polite live region (WCAG 4.1.3)
        assertThat(page.locator("[role=status].tavla-announcer")).containsText("Ny sak: «" + title + "».");

        long id = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, title);
        jdbc.update("UPDATE news_item SET status = 'WITHDRAWN' WHERE id = ?", id);
        events.publishEvent(new ItemChanged(id, ItemChanged.Kind.WITHDRAWN));
        assertThat(page.locator(".tavla-item-card").getByText(title)).not().isVisible(wait);
        assertThat(page.locator(".tavla-announcer")).containsText("Trukket tilbake: «" + title + "».");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument === true"))
                .as("no reload").isEqualTo(true);
    }

    @Test
    void theBellCountsAnItemReleasedWhileThePageIsOpenAndListsIt() {
        String title = "Vannavstengning " + UUID.randomUUID().toString().substring(0, 6);
        signInAs("Jonas Berg");
        assertThat(heading()).hasText("Nyheter");
        com.microsoft.playwright.Locator bell = page.locator("vaadin-button.tavla-bell-button");
        String before = bell.getAttribute("aria-label");
        int count = before.matches("Varsler: \\d+ nye") ? Integer.parseInt(before.replaceAll("\\D", "")) : 0;
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Vannet er av i Storgata i dag.', 'Tekst', u.id, 'NORMAL', false, true, false,"
                + " 'PUBLISHED', ?, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST'"
                + " AND p.employee_number = '10005'", title, Timestamp.from(Instant.now()));
        // the release job announces it, the sending job writes the bells (in the tests it runs when told; what
        // other tests released is not this test's to tell)
        jdbc.update("DELETE FROM notification_fanout WHERE item_id <> (SELECT id FROM news_item WHERE title = ?)",
                title);
        releases.runOnce();
        jdbc.update("DELETE FROM notification_fanout WHERE item_id <> (SELECT id FROM news_item WHERE title = ?)",
                title);
        outbox.runOnce();
        assertThat(bell).hasAttribute("aria-label", "Varsler: " + (count + 1) + " nye",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        // the bell's own live region, so the feed's news of the same item does not write over it
        assertThat(page.locator("[role=status].tavla-bell-said")).hasText(count == 0
                ? "Nytt varsel. 1 nytt varsel i alt." : "Nytt varsel. " + (count + 1) + " nye varsler i alt.");
        // by keyboard: the button opens the list, its links are reached by Tab, Escape closes it
        bell.focus();
        page.keyboard().press("Enter");
        com.microsoft.playwright.Locator entry = page.locator(".tavla-bell-entries a").getByText("«" + title + "»");
        assertThat(entry).isVisible();
        page.keyboard().press("Escape");
        assertThat(entry).not().isVisible();
        bell.click();
        entry.click();
        assertThat(heading()).hasText(title);
        // opening it read the entry
        assertThat(bell).hasAttribute("aria-label", count == 0 ? "Varsler: ingen nye" : "Varsler: " + count + " nye");
    }
}
