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
 * WCAG 2.1 A and AA as a person meets it: axe-core 4.14 (decision 0016) on every route Tavla has and on a public item,
 * at 1280 and 390 px, in both languages, for the role that sees the most of it, and in the states people put pages in
 * (refusals shown, dialogs and lists open, an upload refused, a must-read confirmed, an item pushed); then what axe
 * cannot see: the skip link, focus after actions and no keyboard traps, reflow at 320 px, the staff-room screen at
 * 200 % zoom, the contrast of field edges, and English Vaadin texts on a Norwegian page. What this suite cannot yet
 * pass is what the accessibility statement lists (AccessibilityStatementView.BREACHES). A new route must be added
 * here: the last test fails until it is.
 */
class AccessibilityBrowserIT extends BrowserTest {

    /** Routes that need a signed-in person (opened as an administrator, who may open them all). */
    private static final List<String> SIGNED_IN_ROUTES = List.of("", "accessibility", "system", "units",
            "units/HO-HJT", "profile", "admin/people", "admin/import", "admin/api-tokens", "desk", "write", "planning",
            "news/DEMO_ITEM", "news/TWO_LANGUAGE_ITEM", "reach", "reach/DEMO_ITEM", "plans", "plans/DEMO_ITEM",
            "plans/template", "calendar", "calendar?span=month", "search",
            "search?q=kantina");
    /** Routes anyone may open, and a public item's page. */
    private static final List<String> ANONYMOUS_ROUTES = List.of("accessibility", "sign-in-failed", "signed-out",
            "kiosk/DEMO_TOKEN", "public/news/PUBLIC_ITEM");
    /** Crisis mode's pages, for those who lead a crisis (not administrators as such): checked as communications. */
    private static final List<String> CRISIS_ROUTES = List.of("crisis", "crisis/DEMO_ITEM", "news/held");
    /** A staff-room screen for the home care service, made for these checks. */
    private static final String DEMO_TOKEN = "axe-check-screen-token-0123456789abcdef";
    /** A desktop and a phone. */
    private static final List<int[]> WIDTHS = List.of(new int[]{1280, 800}, new int[]{390, 844});
    /**
     * Faults inside Vaadin's open date picker (its input lacks aria-controls while expanded; its weekday row lacks
     * the children its role needs), written up for Vaadin in docs/upstream/vaadin-date-picker-aria.md and listed in
     * the statement. Allowed only there, and only while they are there: the test fails when they are gone.
     */
    private static final List<String> VAADIN_DATE_PICKER_FAULTS = List.of("aria-required-attr",
            "aria-required-children");

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.AfterEach
    void endEveryCrisis() {
        // a drill left on by a failed check would stand above the other checks' pages
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    private void assertNoViolations(String what) {
        List<String> violations = Axe.violations(page);
        assertThat(violations).as(what + ": " + String.join("; ", violations)).isEmpty();
    }

    /** Checks the page as it is at each width, in turn. */
    private void assertNoViolationsAtBothWidths(String what) {
        for (int[] size : WIDTHS) {
            page.setViewportSize(size[0], size[1]);
            assertNoViolations(what + " at " + size[0] + " px");
        }
    }

    private String demoItem() {
        // a must-read item, with its counts and confirm button
        return String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE kind = 'MUST_READ'",
                Long.class));
    }

    /** A communication plan with a measure of each kind of group, for its page. */
    private String demoPlan() {
        String name = "Axe: Ny turnus i hjemmetjenesten";
        jdbc.update("INSERT INTO plan (unit_id, name, background, goal, key_messages, status, created_by, created_at,"
                + " updated_at) SELECT u.id, ?, 'Bakgrunn.', 'Alle kjenner turnusen.', 'Turnusen blir enklere.',"
                + " 'ACTIVE', p.id, NOW(6), NOW(6) FROM unit u, person p WHERE u.code = 'HO-HJT' AND"
                + " p.employee_number = '10005' AND NOT EXISTS (SELECT 1 FROM plan WHERE name = ?)", name, name);
        long plan = jdbc.queryForObject("SELECT MIN(id) FROM plan WHERE name = ?", Long.class, name);
        jdbc.update("INSERT INTO plan_measure (plan_id, title, channel, planned_at, status) SELECT ?, c.title,"
                + " c.channel, NOW(6) + INTERVAL 2 DAY, 'PLANNED' FROM (SELECT 'Sak i Tavla' title, 'INTRANET_ITEM'"
                + " channel UNION ALL SELECT 'Pressemelding', 'PRESS') c WHERE NOT EXISTS (SELECT 1 FROM"
                + " plan_measure WHERE plan_id = ?)", plan, plan);
        jdbc.update("INSERT INTO plan_target_group (plan_id, position, name, unit_id) SELECT ?, 1, 'Ansatte uten PC',"
                + " u.id FROM unit u WHERE u.code = 'HO-HJT' AND NOT EXISTS (SELECT 1 FROM plan_target_group WHERE"
                + " plan_id = ?)", plan, plan);
        jdbc.update("INSERT IGNORE INTO plan_target_answer (group_id, position, question, answer) SELECT g.id, 1,"
                + " 'Hva må de vite?', 'At vaktene endres.' FROM plan_target_group g WHERE g.plan_id = ?", plan);
        jdbc.update("INSERT INTO plan_budget_row (plan_id, measure, target_group, channel, price) SELECT ?,"
                + " 'Plakater', 'Ansatte uten PC', 'PRINTED_NOTICE', 2400 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM"
                + " plan_budget_row WHERE plan_id = ?)", plan, plan);
        // its Tavla item is the demo's must-read item, out to staff: the evaluation has its figures and chart
        jdbc.update("UPDATE plan_measure SET item_id = ? WHERE plan_id = ? AND channel = 'INTRANET_ITEM' AND item_id IS"
                + " NULL", Long.parseLong(demoItem()), plan);
        return String.valueOf(plan);
    }

    private String publicItem() {
        String title = "Åpent: Brøyting av kommunale veier";
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, external_release_at, status, release_at, author_id, created_at, updated_at,"
                + " version) SELECT ?, 'Slik brøyter vi i vinter.', 'Vi **brøyter** hovedveiene først."
                + "\n\n- Skoleveier\n- Boligfelt', u.id, 'NORMAL', false, true, true, NOW(6) - INTERVAL 1 HOUR,"
                + " 'PUBLISHED',"
                + " NOW(6) - INTERVAL 2 HOUR, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST'"
                + " AND p.employee_number = '10005' AND NOT EXISTS (SELECT 1 FROM news_item WHERE title = ?)",
                title, title);
        return String.valueOf(jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE title = ?", Long.class,
                title));
    }

    private void open(String route) {
        if (route.contains("DEMO_TOKEN")) {
            jdbc.update("INSERT IGNORE INTO reach_kiosk (unit_id, label, token_hash, created_by, created_at)"
                    + " SELECT id, 'axe', ?, 'test', NOW(6) FROM unit WHERE code = 'HO-HJT'",
                    no.tavla.shared.Secrets.hash(DEMO_TOKEN));
        }
        String path = route.replace("DEMO_TOKEN", DEMO_TOKEN);
        path = path.startsWith("plans/") ? path.replace("DEMO_ITEM", demoPlan()) : path;
        if (path.startsWith("calendar")) {
            demoPlan(); // its measures are on the calendar
        }
        path = path.contains("DEMO_ITEM") ? path.replace("DEMO_ITEM", demoItem()) : path;
        path = path.contains("PUBLIC_ITEM") ? path.replace("PUBLIC_ITEM", publicItem()) : path;
        // the demo's item in two languages, with its switch between them
        path = path.contains("TWO_LANGUAGE_ITEM") ? path.replace("TWO_LANGUAGE_ITEM", String.valueOf(
                jdbc.queryForObject("SELECT MIN(item_id) FROM news_item_language", Long.class))) : path;
        page.navigate(url("/" + path));
        assertThat(heading()).isVisible();
    }

    @Test
    void theSuiteRunsAxe414() {
        page.navigate(url("/accessibility"));
        assertThat(Axe.version(page)).startsWith("4.14.");
    }

    @Test
    void everyRouteForSignedInPeopleMeetsWcag21AaAtBothWidthsInBokmaal() {
        signInAs("Siri Dahl");
        for (String route : SIGNED_IN_ROUTES) {
            page.setViewportSize(1280, 800);
            open(route);
            assertNoViolationsAtBothWidths("/" + route + " (nb)");
        }
        page.setViewportSize(1280, 800);
        open("no-such-page");
        assertNoViolationsAtBothWidths("the not-found page");
    }

    @Test
    void crisisModesPagesMeetWcag21AaAtBothWidthsInBothLanguages() {
        signInAs("Ingrid Solheim");
        for (String language : List.of("nb", "en")) {
            if (language.equals("en")) {
                chooseLanguage("en");
                assertThat(page.locator("html")).hasAttribute("lang", "en");
            }
            page.setViewportSize(1280, 800);
            open("crisis");
            assertNoViolationsAtBothWidths("/crisis, step one (" + language + ")");
            page.setViewportSize(1280, 800);
            page.locator(".tavla-crisis-on-title input").fill("Axe " + language);
            page.locator(".tavla-crisis-on-message textarea").fill("Dette er en øvelse i tilgjengelighet.");
            page.locator(".tavla-crisis-on-drill input").check();
            page.locator(".tavla-crisis-on-units input").click();
            page.locator(".tavla-crisis-on-units input").fill("Hjemmetjenesten");
            page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText("Hjemmetjenesten")).first().click();
            page.keyboard().press("Escape");
            page.locator(".tavla-crisis-on-next").click();
            assertThat(page.locator(".tavla-crisis-forecast")).isVisible();
            assertNoViolationsAtBothWidths("/crisis, step two (" + language + ")");
            page.setViewportSize(1280, 800);
            page.locator(".tavla-crisis-on-confirm").click();
            // the drill's page with the leaders' controls (Ingrid is not in the exercise group: no banner for her;
            // CrisisBrowserIT checks the banner)
            assertThat(heading()).containsText("Axe " + language);
            assertNoViolationsAtBothWidths("/crisis/{id} (" + language + ")");
            page.setViewportSize(1280, 800);
            page.locator(".tavla-crisis-closing-text textarea").fill("Øvelsen er over.");
            page.locator(".tavla-crisis-off").click();
            assertThat(page.locator(".tavla-crisis-closing")).hasText("Øvelsen er over.");
        }
        chooseLanguage("nb");
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
    }

    @Test
    void theWritePageMeetsWcag21AaInNynorskAndSwedishWithNoOtherLanguageOnIt() {
        signInAs("Siri Dahl");
        for (String[] language : new String[][] {{"nn", "Skriv sak", "Klarspråk og universell utforming",
                "I dag", "Avbryt"}, {"sv", "Skriv inlägg", "Klarspråk och tillgänglighet", "I dag", "Avbryt"}}) {
            page.setViewportSize(1280, 800);
            chooseLanguage(language[0]);
            open("write");
            assertThat(heading()).hasText(language[1]);
            page.locator(".tavla-news-title input").fill("Ferie og fridagar i desember");
            assertThat(page.locator(".tavla-writing-hints")).containsText(language[2]);
            assertNoViolationsAtBothWidths("/write (" + language[0] + ")");
            page.setViewportSize(1280, 800);
            page.locator("vaadin-date-time-picker.tavla-date-time:visible vaadin-date-picker input").first().click();
            assertThat(page.locator("vaadin-date-picker-overlay, vaadin-date-picker-overlay-content").first())
                    .isVisible();
            String text = (String) page.evaluate(ALL_TEXT);
            org.assertj.core.api.Assertions.assertThat(text).contains(language[3], language[4]);
            for (String english : ENGLISH_DEFAULTS) {
                org.assertj.core.api.Assertions.assertThat(text).as("English on a " + language[0] + " page")
                        .doesNotContain(english);
            }
            page.keyboard().press("Escape");
        }
        chooseLanguage("nb");
    }

    @Test
    void everyRouteForSignedInPeopleMeetsWcag21AaAtBothWidthsInEnglish() {
        signInAs("Siri Dahl");
        chooseLanguage("en");
        assertThat(heading()).hasText("News");
        for (String route : SIGNED_IN_ROUTES) {
            page.setViewportSize(1280, 800);
            open(route);
            assertNoViolationsAtBothWidths("/" + route + " (en)");
        }
        page.setViewportSize(1280, 800);
        chooseLanguage("nb");
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
    }

    /**
     * What sticks out on the right of a phone's screen, outside a box of its own that scrolls (a wide table may scroll
     * in its box; the page may not). The page's own scrollers (the document, the shell's content area, as wide as the
     * screen) do not count as such a box (WCAG 1.4.10).
     */
    private static final String STICKING_OUT = """
            () => {
              const width = window.innerWidth;
              const up = n => n.assignedSlot || n.parentElement || (n.getRootNode() && n.getRootNode().host);
              const scrollsInItsBox = e => {
                // up through slots and shadow roots too: a grid's cells scroll inside the grid
                for (let p = up(e); p; p = up(p)) {
                  const style = getComputedStyle(p);
                  const box = p.getBoundingClientRect();
                  if (['auto', 'scroll'].includes(style.overflowX) && box.right <= width + 1
                      && box.width < width - 1) {
                    return true;
                  }
                }
                return false;
              };
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(n => {
                all.push(n);
                if (n.shadowRoot) walk(n.shadowRoot);
              });
              walk(document.body);
              return all.filter(e => {
                const box = e.getBoundingClientRect();
                return box.width > 0 && box.height > 0 && box.right > width + 1 && !scrollsInItsBox(e)
                    && getComputedStyle(e).visibility !== 'hidden';
              }).slice(0, 5).map(e => [up(e), e].filter(n => n && n.tagName).map(n => n.tagName.toLowerCase()
                  + [...n.classList].map(c => '.' + c).join('')).join(' > ')
                  + ' (' + Math.round(e.getBoundingClientRect().right - width) + ' px)');
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
    void everyRouteOpenToAnyoneAndAPublicItemMeetWcag21AaAtBothWidths() {
        for (String route : ANONYMOUS_ROUTES) {
            page.setViewportSize(1280, 800);
            open(route);
            assertNoViolationsAtBothWidths("/" + route + " (anonymous)");
        }
    }

    @Test
    void theOpenBellMeetsWcag21AaAtBothWidthsInBothLanguages() {
        signInAs("Siri Dahl");
        for (String language : List.of("nb", "en")) {
            if (language.equals("en")) {
                chooseLanguage("en");
                assertThat(heading()).hasText("News");
            }
            page.setViewportSize(1280, 800);
            page.locator("vaadin-button.tavla-bell-button").click();
            assertThat(page.locator("vaadin-popover.tavla-bell-list h2")).isVisible();
            assertNoViolationsAtBothWidths("the open bell (" + language + ")");
            page.keyboard().press("Escape");
        }
        chooseLanguage("nb");
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
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
        // with the picker open, nothing but Vaadin's own two known faults, inside the picker
        List<String> violations = Axe.violations(page);
        List<String> ours = violations.stream().filter(v -> VAADIN_DATE_PICKER_FAULTS.stream().noneMatch(fault ->
                v.startsWith(fault + " ") && (v.contains("vaadin-date-picker") || v.contains("vaadin-month-calendar"))))
                .toList();
        assertThat(ours).as("the open date picker: " + violations).isEmpty();
        assertThat(violations).as("Vaadin's faults are gone: take them out of this test and of the statement"
                + " (a11y.breach.*) and docs/upstream/vaadin-date-picker-aria.md").hasSize(2);
        page.keyboard().press("Escape");
    }

    @Test
    void theWritePageWithItsRefusalsShownAndAnUploadRefusedInBothLanguages() throws Exception {
        // a writer of a unit, whose draft is saved as it is typed
        signInAs("Ola Hansen");
        java.nio.file.Path text = java.nio.file.Files.createTempFile("notater", ".txt");
        java.nio.file.Files.writeString(text, "ikke et bilde");
        inBothLanguagesAtBothWidths((language, width) -> {
            open("write");
            // a draft is saved as soon as it has a title; sent without a text, the text is refused on its field
            page.locator(".tavla-news-title input").fill("Utkast til sjekk");
            page.locator(".tavla-news-title input").blur();
            page.locator(".tavla-news-submit").click();
            assertThat(page.locator(".tavla-news-form [invalid]").first()).isVisible();
            assertNoViolations("the write page with a refusal on its field (" + language + ", " + width + ")");
            page.locator(".tavla-news-image-upload input[type=file]").setInputFiles(text);
            assertThat(page.locator(".tavla-news-file-problem")).containsText(language.equals("nb")
                    ? "Filen er ikke et helt bilde" : "The file is not a whole");
            assertNoViolations("the write page with an upload refused (" + language + ", " + width + ")");
        });
        java.nio.file.Files.deleteIfExists(text);
    }

    @Test
    void dialogsAndOpenListsInBothLanguages() {
        signInAs("Siri Dahl");
        inBothLanguagesAtBothWidths((language, width) -> {
            String where = " (" + language + ", " + width + " px)";
            open("units");
            page.locator(".tavla-new-unit").click();
            assertThat(page.locator(".tavla-new-unit-code")).isVisible();
            assertNoViolations("the new unit dialog" + where);
            page.locator(".tavla-create-unit").click();
            assertThat(page.locator(".tavla-new-unit-code[invalid]")).isVisible();
            assertNoViolations("the new unit dialog with its refusal shown" + where);
            page.locator("vaadin-combo-box").last().locator("input").click();
            // the items arrive from the server after the list opens
            assertThat(page.locator("vaadin-combo-box-item").first()).hasText(java.util.regex.Pattern.compile("\\S"));
            assertNoViolations("the new unit dialog with the combo box open" + where);
            page.keyboard().press("Escape");
            page.keyboard().press("Escape");

            open("admin/people");
            page.locator("main vaadin-text-field input").first().fill("Kari Nordmann");
            page.locator("main vaadin-text-field input").first().press("Enter");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Kari Nordmann"))
                    .first().click();
            assertThat(page.locator(".tavla-role-trail")).isVisible();
            assertNoViolations("a person's dialog" + where);
            page.keyboard().press("Escape");
        });
    }

    /** Runs the check in Bokmål and in English, each at both widths, and goes back to Bokmål. */
    private void inBothLanguagesAtBothWidths(java.util.function.BiConsumer<String, Integer> check) {
        for (String language : List.of("nb", "en")) {
            if (language.equals("en")) {
                chooseLanguage("en");
                assertThat(page.locator("html")).hasAttribute("lang", "en");
            }
            for (int[] size : WIDTHS) {
                page.setViewportSize(size[0], size[1]);
                check.accept(language, size[0]);
            }
        }
        chooseLanguage("nb");
    }

    @Test
    void aManagersReachPageWithItsFormsAndARefusalOnTheTicks() {
        // the manager who follows up the staff sees the most of it: names, the sheet and the meeting forms
        signInAs("Per Lie");
        open("reach/DEMO_ITEM");
        assertThat(page.locator(".tavla-meeting-save")).isVisible();
        assertNoViolationsAtBothWidths("a manager's reach page for an item");
        page.setViewportSize(1280, 800);
        page.locator(".tavla-meeting-save").click();
        assertThat(page.locator(".tavla-meeting-ticks[invalid]")).isVisible();
        assertNoViolationsAtBothWidths("a meeting refused for nobody ticked");
    }

    @Test
    void aMustReadConfirmedAndAnItemPushedToTheOpenFeed() {
        signInAs("Kari Nordmann");
        String title = "Oppdatert smittevernrutine " + java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Les og bekreft.', 'Tekst', u.id, 'MUST_READ', false, true, false, 'PUBLISHED',"
                + " NOW(6) - INTERVAL 1 MINUTE, p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST'"
                + " AND p.employee_number = '10005'", title);
        long id = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, title);
        page.navigate(url("/news/" + id));
        page.locator(".tavla-confirm-button").click();
        assertThat(page.locator(".tavla-confirmed")).isVisible();
        assertNoViolationsAtBothWidths("a must-read item just confirmed");

        page.setViewportSize(1280, 800);
        page.navigate(url("/"));
        assertThat(heading()).isVisible();
        String pushed = "Vannet er tilbake " + java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Alt er normalt igjen.', 'Tekst', u.id, 'NORMAL', false, true, false, 'PUBLISHED',"
                + " NOW(6), p.id, NOW(6), NOW(6), 0 FROM unit u, person p WHERE u.code = 'ST'"
                + " AND p.employee_number = '10005'", pushed);
        assertThat(page.locator(".tavla-item-card").getByText(pushed)).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertNoViolationsAtBothWidths("the feed after an item was pushed to it");
    }

    /** The element that has focus, through shadow roots, as "number tag.class" (each element numbered once). */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e) return 'none';
              window.__count = window.__count || 0;
              if (!e.__stop) e.__stop = ++window.__count;
              const describe = n => n.tagName.toLowerCase() + [...n.classList].map(c => '.' + c).join('');
              const host = e.getRootNode().host;
              return e.__stop + ' ' + (host ? describe(host) + ' ' : '') + describe(e);
            }""";

    @Test
    void theKeyboardGoesThroughTheWritePageAndOutAgainWithoutATrap() {
        signInAs("Siri Dahl");
        open("write");
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            stops.add((String) page.evaluate(FOCUSED));
        }
        for (int i = 2; i < stops.size(); i++) {
            assertThat(stops.get(i)).as("Tab stays on the same element (a trap), at stop " + i + ": " + stops)
                    .isNotEqualTo(stops.get(i - 1));
        }
        int around = stops.subList(1, stops.size()).indexOf(stops.get(0)) + 1;
        assertThat(around).as("Tab goes through the whole page and comes round to the skip link again: " + stops)
                .isGreaterThan(30);
        assertThat(stops.subList(0, around)).as("on the way: the text, its toolbar and the upload: " + stops)
                .anyMatch(stop -> stop.contains("textarea"))
                .anyMatch(stop -> stop.contains("tavla-markdown-bold"))
                .anyMatch(stop -> stop.contains("tavla-news-image-insert"));
        for (int i = 0; i < 5; i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat((String) page.evaluate(FOCUSED)).as("and back again").isNotEqualTo(stops.get(stops.size() - 1));
    }

    /** How far the page scrolls sideways, in the document or the shell's content area: 0 when it reflows. */
    private static final String SIDEWAYS = """
            () => {
              const width = window.innerWidth;
              let most = document.documentElement.scrollWidth - width;
              const walk = root => root.querySelectorAll('*').forEach(n => {
                const style = getComputedStyle(n);
                if (['auto', 'scroll'].includes(style.overflowX) && n.clientWidth >= width - 20) {
                  most = Math.max(most, n.scrollWidth - n.clientWidth);
                }
                if (n.shadowRoot) walk(n.shadowRoot);
              });
              walk(document);
              return most;
            }""";

    @Test
    void at320PixelsTheFeedAnItemTheWritePageAndReachNeverScrollSideways() {
        String title = "Sykehjemsbemanningsplanleggingsverktøyopplæringsprogrammet starter";
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                + " SELECT ?, 'Kommunikasjonsavdelingsledermøtereferatet ligger vedlagt.', 'Tekst', u.id,"
                + " 'NORMAL', false, true, false, 'PUBLISHED', NOW(6) - INTERVAL 1 MINUTE, p.id, NOW(6), NOW(6), 0"
                + " FROM unit u, person p WHERE u.code = 'ST' AND p.employee_number = '10005'"
                + " AND NOT EXISTS (SELECT 1 FROM news_item WHERE title = ?)", title, title);
        long longWords = jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE title = ?", Long.class, title);
        page.setViewportSize(320, 640);
        signInAs("Per Lie");
        java.util.Map<String, Object> sideways = new java.util.TreeMap<>();
        for (String route : List.of("", "news/" + longWords, "news/" + demoItem(), "write", "reach",
                "reach/" + demoItem())) {
            page.navigate(url("/" + route));
            assertThat(heading()).isVisible();
            page.waitForLoadState();
            Number scroll = (Number) page.evaluate(SIDEWAYS);
            List<?> found = (List<?>) page.evaluate(STICKING_OUT);
            screenshot("reflow-320-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
            if (scroll.intValue() > 0 || !found.isEmpty()) {
                sideways.put("/" + route, scroll + " px sideways; sticking out: " + found);
            }
        }
        assertThat(sideways).as("at 320 px").isEmpty();
    }

    @Test
    void theStaffRoomScreenGrowsWhenZoomedAndItsTurnsCanBeStopped() {
        open("kiosk/DEMO_TOKEN");
        page.setViewportSize(1920, 1080);
        double normal = fontSize(".tavla-kiosk-title, .tavla-kiosk h1");
        // 200 % zoom on the same screen: half as many CSS pixels across, each drawn twice as large
        page.setViewportSize(960, 540);
        double zoomed = fontSize(".tavla-kiosk-title, .tavla-kiosk h1");
        assertThat(zoomed * 2).as("the title's size at 200 %, in screen pixels (WCAG 1.4.4)")
                .isGreaterThanOrEqualTo(normal * 2 * 0.95);
        assertNoViolations("the staff-room screen at 200 %");
    }

    private double fontSize(String selector) {
        return ((Number) page.evaluate("s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)",
                selector)).doubleValue();
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
        routes.add("public/news/PUBLIC_ITEM");
        Set<String> checked = new TreeSet<>(SIGNED_IN_ROUTES);
        checked.addAll(ANONYMOUS_ROUTES);
        checked.addAll(CRISIS_ROUTES);
        assertThat(checked).containsAll(routes);
    }
}
