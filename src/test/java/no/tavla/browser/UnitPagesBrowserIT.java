package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An employee finds her own unit's page through the menu and the tree; a manager edits his unit's page. */
class UnitPagesBrowserIT extends BrowserTest {

    @Test
    void anEmployeeFindsHerUnitAndHerselfOnIt() {
        signInAs("Kari Nordmann");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enheter")).click();
        assertThat(heading()).hasText("Enheter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hjemmetjenesten").setExact(true)).click();
        assertThat(heading()).hasText("Hjemmetjenesten");
        assertThat(page.locator(".tavla-person-name").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kari Nordmann"))).hasCount(1);
        assertThat(page.getByText("Dagvakt sone nord")).isVisible();
        assertThat(page.locator(".tavla-edit-unit")).hasCount(0);
        screenshot("unit-page-employee");
    }

    @Test
    void theManagerEditsHisUnitsPage() {
        signInAs("Per Lie");
        page.navigate(url("/units/HO-HJT"));
        page.locator(".tavla-edit-unit").click();
        page.getByLabel("Besøksadresse").fill("Storgata 12, inngang B");
        page.locator(".tavla-save-unit").click();
        assertThat(page.getByText("Besøksadresse: Storgata 12, inngang B")).isVisible();
    }

    @Test
    void anUnknownUnitShowsTheNotFoundPage() {
        signInAs("Kari Nordmann");
        page.navigate(url("/units/FINNES-IKKE"));
        assertThat(heading()).hasText("Fant ikke siden");
    }
}
