package no.tavla.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * WCAG 2.1 A and AA, checked by axe-core in Chromium on every route Tavla has, in both languages, for the roles that
 * see them. A new route must be added here: the last test fails until it is.
 */
class AccessibilityBrowserIT extends BrowserTest {

    /** Routes that need a signed-in person (opened as an administrator, who may open them all). */
    private static final List<String> SIGNED_IN_ROUTES = List.of("", "accessibility", "system", "units",
            "units/HO-HJT", "profile", "admin/people", "admin/import", "admin/api-tokens", "desk", "write", "planning",
            "news/DEMO_ITEM", "reach", "reach/DEMO_ITEM");
    /** Routes anyone may open. */
    private static final List<String> ANONYMOUS_ROUTES = List.of("accessibility", "sign-in-failed", "signed-out",
            "kiosk/DEMO_TOKEN");
    /** A staff-room screen for the home care service, made for these checks. */
    private static final String DEMO_TOKEN = "axe-check-screen-token-0123456789abcdef";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private void assertNoViolations(String what) {
        List<String> violations = Axe.violations(page);
        assertThat(violations).as(what + ": " + String.join("; ", violations)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void open(String route) {
        // a route with an item is checked with a demo item (a must-read one, with its counts and confirm button)
        String item = String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE kind = 'MUST_READ'",
                Long.class));
        if (route.contains("DEMO_TOKEN")) {
            jdbc.update("INSERT IGNORE INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at)"
                    + " SELECT id, 'axe', ?, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'",
                    no.tavla.shared.Secrets.hash(DEMO_TOKEN));
        }
        page.navigate(url("/" + route.replace("DEMO_ITEM", item).replace("DEMO_TOKEN", DEMO_TOKEN)));
        assertThat(heading()).isVisible();
    }

    @Test
    void everyRouteForSignedInPeopleMeetsWcag21AaInBokmaal() {
        signInAs("Siri Dahl");
        for (String route : SIGNED_IN_ROUTES) {
            open(route);
            assertNoViolations("/" + route + " (nb)");
        }
        open("no-such-page");
        assertNoViolations("the not-found page");
    }

    @Test
    void everyRouteForSignedInPeopleMeetsWcag21AaInEnglish() {
        signInAs("Siri Dahl");
        page.getByText("English").first().click();
        assertThat(heading()).hasText("News");
        for (String route : SIGNED_IN_ROUTES) {
            open(route);
            assertNoViolations("/" + route + " (en)");
        }
        page.getByText("Norsk").first().click();
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
    }

    /** What sticks out on the right of a phone's screen, outside a box that scrolls on its own (WCAG 1.4.10). */
    private static final String STICKING_OUT = """
            () => {
              const width = window.innerWidth;
              const scrollsInItsBox = e => {
                // up through slots and shadow roots too: a grid's cells scroll inside the grid
                const up = n => n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host);
                for (let p = up(e); p; p = up(p)) {
                  const style = getComputedStyle(p);
                  if (['auto', 'scroll'].includes(style.overflowX) && p.getBoundingClientRect().right <= width + 1) {
                    return true;
                  }
                }
                return false;
              };
              return [...document.querySelectorAll('body *')].filter(e => {
                const box = e.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.right > width + 1 && !scrollsInItsBox(e);
              }).slice(0, 5).map(e => [e.parentElement, e].filter(n => n).map(n => n.tagName.toLowerCase()
                  + [...n.classList].map(c => '.' + c).join('')).join(' > '));
            }""";

    @Test
    void onA390PixelPhoneNothingSticksOutOnAnyRoute() {
        page.setViewportSize(390, 844);
        signInAs("Siri Dahl");
        java.util.Map<String, Object> stickingOut = new java.util.TreeMap<>();
        for (String route : SIGNED_IN_ROUTES) {
            open(route);
            page.waitForLoadState();
            List<?> found = (List<?>) page.evaluate(STICKING_OUT);
            screenshot("phone-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
            if (!found.isEmpty()) {
                stickingOut.put("/" + route, found);
            }
        }
        assertThat(stickingOut).as("at 390 px").isEmpty();
    }

    @Test
    void everyRouteOpenToAnyoneMeetsWcag21Aa() {
        for (String route : ANONYMOUS_ROUTES) {
            open(route);
            assertNoViolations("/" + route + " (anonymous)");
        }
    }

    @Test
    void theLocalSignInPageMeetsWcag21Aa() {
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Lokal innlogging");
        assertNoViolations("the local sign-in page");
    }

    @Test
    void theSkipLinkIsTheFirstStopOfThePageAndTakesFocusToTheMainContent() {
        signInAs("Siri Dahl");
        open("");
        assertThat(page.getByRole(AriaRole.BANNER)).hasCount(1);
        page.keyboard().press("Tab");
        Locator focused = page.locator(":focus");
        assertThat(focused).hasText("Hopp til hovedinnholdet");
        assertThat(focused).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("MAIN");
        assertThat(page).hasURL(url("/"));
    }

    /** The colour of an edge, composed over white, and its contrast against white (WCAG's formula). */
    private static final String EDGE_CONTRASTS = """
            () => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const context = canvas.getContext('2d', {willReadFrequently: true});
              const rgb = color => {
                context.clearRect(0, 0, 1, 1);
                context.fillStyle = '#fff';
                context.fillRect(0, 0, 1, 1);
                context.fillStyle = color;
                context.fillRect(0, 0, 1, 1);
                return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
              };
              const luminance = c => {
                const [r, g, b] = c.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const contrast = color => (1.05) / (luminance(rgb(color)) + 0.05);
              const part = (host, name) => {
                const element = document.querySelector(host);
                return element && element.shadowRoot.querySelector('[part~="' + name + '"]');
              };
              const edges = {
                'text field': part('vaadin-text-field', 'input-field'),
                'check box': part('vaadin-checkbox:not([checked])', 'checkbox'),
                'radio button': part('vaadin-radio-button:not([checked])', 'radio')
              };
              const result = {};
              for (const [name, element] of Object.entries(edges)) {
                result[name] = element ? contrast(getComputedStyle(element).borderTopColor) : -1;
              }
              result['focus ring'] = contrast(getComputedStyle(document.documentElement)
                  .getPropertyValue('--vaadin-focus-ring-color').trim());
              return result;
            }""";

    @Test
    void theEdgesOfFieldsAndTheFocusRingStandOutFromThePageByAtLeastThreeToOne() {
        signInAs("Siri Dahl");
        open("write");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> contrasts = (java.util.Map<String, Object>) page.evaluate(EDGE_CONTRASTS);
        assertThat(contrasts).hasSize(4);
        contrasts.forEach((edge, contrast) -> assertThat(((Number) contrast).doubleValue()).as(edge)
                .isGreaterThanOrEqualTo(3.0));
    }

    /** Every text in the page, through shadow roots and overlays, with the names and hints of elements. */
    private static final String ALL_TEXT = """
            () => {
              const texts = [];
              const walk = root => {
                for (const node of root.querySelectorAll('*')) {
                  for (const attribute of ['aria-label', 'title', 'placeholder']) {
                    if (node.getAttribute(attribute)) texts.push(node.getAttribute(attribute));
                  }
                  if (node.shadowRoot) walk(node.shadowRoot);
                }
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const parent = walker.currentNode.parentElement;
                  if (!parent || !['SCRIPT', 'STYLE'].includes(parent.tagName)) texts.push(walker.currentNode.textContent);
                }
              };
              walk(document);
              const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
              if (indicator) texts.push(indicator.onlineText, indicator.offlineText, indicator.reconnectingText);
              return texts.join(' | ');
            }""";
    /** What Vaadin says in English unless told otherwise. */
    private static final List<String> ENGLISH_DEFAULTS = List.of("Today", "Cancel", "Drawer", "Online",
            "Connection lost", "Upload File", "Drop file here", "January", "December", "Monday", "Sunday");

    @Test
    void noEnglishTextOfVaadinsOwnOnANorwegianPageWithTheDatePickerOpen() {
        signInAs("Siri Dahl");
        open("write");
        page.locator("vaadin-date-time-picker.tavla-date-time:visible vaadin-date-picker input").first().click();
        assertThat(page.locator("vaadin-date-picker-overlay, vaadin-date-picker-overlay-content").first())
                .isVisible();
        String text = (String) page.evaluate(ALL_TEXT);
        assertThat(text).contains("I dag", "Avbryt", "Tilkoblet");
        for (String english : ENGLISH_DEFAULTS) {
            assertThat(text).as("English on a Norwegian page").doesNotContain(english);
        }
        System.out.println("DATEPICKER " + Axe.violations(page));
        System.out.println("DATEPICKER-INPUT " + page.evaluate("() => { const i = document.querySelector('[id^=search-input-vaadin-date-picker]'); return i ? i.outerHTML : 'none'; }"));
        System.out.println("DATEPICKER-ROW " + page.evaluate("() => { const c = document.querySelector('vaadin-month-calendar'); return c ? c.shadowRoot ? c.shadowRoot.innerHTML.substring(0, 3000) : c.innerHTML.substring(0, 3000) : 'none'; }"));
        page.keyboard().press("Escape");
    }

    @Test
    void everyRouteInTavlaIsCheckedHere() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("no.tavla")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (!view.getPackageName().startsWith("no.tavla.support")) {
                // a route with a parameter is checked with a demo unit filled in
                routes.add(view.getAnnotation(Route.class).value().replace(":code", "HO-HJT")
                        .replace("/:id?", "").replace(":id", "DEMO_ITEM").replace(":token", "DEMO_TOKEN"));
            }
        }
        Set<String> checked = new TreeSet<>(SIGNED_IN_ROUTES);
        checked.addAll(ANONYMOUS_ROUTES);
        assertThat(checked).containsAll(routes);
    }
}
