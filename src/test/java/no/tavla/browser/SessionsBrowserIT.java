package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An open session follows what Tavla knows now: roles taken back and people who left count at the next click. */
class SessionsBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRoleTakenBackAndThenALeavingCountAtTheNextClickInTheOpenSession() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String number = "S" + tag;
        jdbc.update("INSERT INTO person (employee_number, name, status, has_work_computer, primary_unit_id,"
                + " created_at, updated_at, version) SELECT ?, 'Sara Sesjon', 'ACTIVE', true, id, NOW(6), NOW(6), 0"
                + " FROM unit WHERE code = 'HO-HJT'", number);
        long person = jdbc.queryForObject("SELECT id FROM person WHERE employee_number = ?", Long.class, number);
        jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at)"
                + " SELECT ?, 'EDITOR', id, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'", person);

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
