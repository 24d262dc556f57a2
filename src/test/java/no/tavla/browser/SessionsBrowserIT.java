package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An open session follows what Tavla knows now: roles taken back and people who left count at the next click. */
class SessionsBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRoleTakenBackAndThenALeavingCountAtTheNextClickInTheOpenSession() {
        TestOrganisation org = new TestOrganisation(jdbc, "sessions");
        String tag = org.tag();
        String number = "S" + tag;
        org.unit("H");
        long person = org.hrRecord("sara", "H", number, null).computer(true).role("EDITOR", "H").id();

        signInAsSomeone("session-" + tag, "Sara Sesjon", number);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine saker"))).isVisible();

        // an administrator takes the role back while Sara's page is open
        jdbc.update("UPDATE role_assignment SET revoked_at = NOW(6), revoked_by = 'test' WHERE person_id = ?", person);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enheter")).click();
        assertThat(heading()).hasText("Enheter");
        assertThat(page.navigate(url("/desk")).status()).as("the editors' page, refused at once").isEqualTo(403);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine saker"))).hasCount(0);

        // HR marks her as gone: the next click ends the session, and she cannot sign in again
        page.navigate(url("/units"));
        assertThat(heading()).hasText("Enheter");
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE id = ?", person);
        // the page's next request (her next click, or its own heartbeat, whichever comes first) ends the session
        page.reload();
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
        assertThat(page.locator(".tavla-user-name")).hasCount(0);
    }
}
