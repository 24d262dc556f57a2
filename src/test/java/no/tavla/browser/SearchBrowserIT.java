package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The header's search box by keyboard: results as she types, Arrow Down into them, Escape back to the box, Enter for
 * the results page and a hit's link to its item; on a phone, a link to the results page instead of the box.
 */
class SearchBrowserIT extends BrowserTest {

    private Locator box() {
        return page.locator("vaadin-text-field.tavla-search-box input");
    }

    @Test
    void anEmployeeSearchesByKeyboardFromTheHeader() {
        signInAs("Kari Nordmann");
        box().focus();
        page.keyboard().type("kantina");
        Locator hit = page.locator(".tavla-search-quick a").filter(new Locator.FilterOptions()
                .setHasText("Kantina holder stengt fredag"));
        assertThat(hit).isVisible();
        // the list for the whole word, not one for the first letters still on its way
        assertThat(page.locator(".tavla-search-all")).hasText("Alle treff for «kantina»");
        assertThat(page.locator(".tavla-search-said")).containsText("Pil ned går til treffene");

        page.keyboard().press("ArrowDown");
        assertThat(hit).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator(".tavla-search-all")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(hit).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.locator(".tavla-search-quick")).isHidden();
        assertThat(box()).isFocused();

        page.keyboard().press("Enter");
        assertThat(heading()).hasText("Søk");
        assertThat(page.locator(".tavla-search-count")).hasText("1 treff for «kantina».");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/search\\?q=kantina$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kantina holder stengt fredag")).click();
        assertThat(heading()).hasText("Kantina holder stengt fredag");
        screenshot("search-item-reached");
    }

    @Test
    void onAPhoneTheBoxGivesWayToALinkToTheResultsPage() {
        page.setViewportSize(390, 844);
        signInAs("Kari Nordmann");
        assertThat(page.locator("vaadin-text-field.tavla-search-box")).isHidden();
        page.locator("a.tavla-search-link").click();
        assertThat(heading()).hasText("Søk");
        page.locator("vaadin-text-field.tavla-search-words input").fill("foreldremøte");
        assertThat(page.locator(".tavla-search-count")).containsText("«foreldremøte»");
        screenshot("search-phone");
    }
}
