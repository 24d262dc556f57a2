package no.tavla.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import no.tavla.shared.Language;
import no.tavla.shared.LanguagePreferences;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell, the home page, the accessibility statement and the error views, for each kind of visitor. */
class ShellViewIT extends KaribuViewTest {

    @Autowired
    LanguagePreferences languagePreferences;

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private String heading() {
        return _get(H1.class).getText();
    }

    @Test
    void anEmployeeSeesTheShellAndTheHomePage() {
        signInAsEmployee();
        UI.getCurrent().navigate("");
        _assertOne(MainLayout.class);
        assertThat(heading()).isEqualTo("Nyheter");
        assertThat(_get(Span.class, spec -> spec.withClasses("tavla-user-name")).getText()).isEqualTo("Kari Nordmann");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-greeting")).getText()).startsWith("Hei, Kari!");
        assertThat(_get(Span.class, spec -> spec.withClasses("tavla-municipality")).getText()).isEqualTo("Demo kommune");
    }

    @Test
    void anEmployeesMenuHasNoAdministration() {
        signInAsEmployee();
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Nyheter", "Enheter", "Tilgjengelighet", "Min profil");
    }

    @Test
    void anAdministratorsMenuHasTheSystemPage() {
        signInAsAdmin();
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Nyheter", "Mine saker", "Kommunikasjonsplaner", "Redaksjonskalender", "Planlegging",
                "Rekkevidde", "Enheter", "Tilgjengelighet", "Min profil", "System", "Personer", "Import fra HR",
                "API-nøkler");
    }

    @Test
    void theMenuKeptInTheSessionIsThePersonsWithTheirRolesOfNow() {
        signInAsEmployee();
        UI.getCurrent().navigate("");
        AuthenticationContext authentication = context.getBean(AuthenticationContext.class);
        List<MenuEntry> employees = MainLayout.menuEntries(authentication);
        assertThat(MainLayout.menuEntries(authentication)).as("kept, not worked out again").isSameAs(employees);
        assertThat(employees).extracting(MenuEntry::path).doesNotContain("/system");

        authenticateAs("demo-kari", "Kari Nordmann", "ADMIN"); // the same browser, signed in again with a new role
        assertThat(MainLayout.menuEntries(authentication)).extracting(MenuEntry::path).contains("/system");
        authenticateAs("demo-siri", "Siri Dahl");
        assertThat(MainLayout.menuEntries(authentication)).extracting(MenuEntry::path).doesNotContain("/system");
    }

    @Test
    void aManagersMenuHasReach() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly("Nyheter", "Rekkevidde", "Enheter", "Tilgjengelighet", "Min profil",
                "Personer");
    }

    @Test
    void anAdministratorCanOpenTheSystemPage() {
        signInAsAdmin();
        UI.getCurrent().navigate("system");
        assertThat(heading()).isEqualTo("System");
        assertThat(PageText.of(UI.getCurrent())).contains("MariaDB").contains("Europe/Oslo")
                .contains("E-posttjener").contains("Satt opp, sender som Tavla <tavla@demo.kommune.example>")
                .contains("Kunne ikke sendes");
    }

    @Test
    void anAdministratorSendsATestEmailToTheirOwnAddress() {
        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "ADMIN");
        UI.getCurrent().navigate("system");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("tavla-mail-test")));
        assertThat(PageText.of(UI.getCurrent())).contains("Sendt til siri.dahl@demo.kommune.no.");
        assertThat(context.getBean(no.tavla.notifications.local.LocalMailServer.class).messages())
                .anySatisfy(message -> assertThat(message.getSubject()).isEqualTo("Prøve fra Tavla"));
    }

    @Test
    void anEmployeeCannotOpenTheSystemPage() {
        signInAsEmployee();
        UI.getCurrent().navigate("system");
        _assertOne(AccessDeniedView.class);
        assertThat(heading()).isEqualTo("Du har ikke tilgang");
        assertThat(PageText.of(UI.getCurrent())).doesNotContain("MariaDB");
    }

    @Test
    void anAnonymousVisitorCannotOpenTheHomePage() {
        UI.getCurrent().navigate("");
        _assertNone(Paragraph.class, spec -> spec.withClasses("tavla-greeting"));
    }

    @Test
    void anAnonymousVisitorCanReadTheAccessibilityStatement() {
        UI.getCurrent().navigate("accessibility");
        _assertOne(AccessibilityStatementView.class);
        assertThat(heading()).isEqualTo("Tilgjengelighetserklæring for Tavla");
        assertThat(PageText.of(UI.getCurrent())).contains("WCAG 2.1", "Sist kontrollert 2. desember 2026",
                "IT-brukerstøtten i Demo kommune", "klage til Tilsynet for universell utforming av IKT")
                .doesNotContain("Vi kjenner ikke til brudd");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                .as("what does not comply, each with its criterion")
                .filteredOn(text -> text.contains("(WCAG ")).hasSize(AccessibilityStatementView.BREACHES);
        _assertNone(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-a11y-published"));
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-sign-in"));
    }

    @Test
    void aFailingPageShowsAReferenceAndNeverTheStackTrace() {
        signInAsEmployee();
        UI.getCurrent().navigate("test-failure");
        _assertOne(InternalErrorView.class);
        String text = PageText.of(UI.getCurrent());
        assertThat(text).contains("Noe gikk galt").containsPattern("Feilreferanse: [0-9a-f]{8}")
                .doesNotContain("IllegalStateException").doesNotContain("jdbc:").doesNotContain("at no.tavla");
    }

    private MenuBar languageMenu() {
        return _get(MenuBar.class, spec -> spec.withClasses("tavla-language"));
    }

    /** The languages the menu offers, each as its name and its lang attribute, the one in use marked with a star. */
    private List<String> offeredLanguages() {
        return languageMenu().getItems().getFirst().getSubMenu().getItems().stream()
                .map(item -> item.getText() + "/" + item.getElement().getAttribute("lang")
                        + (item.isChecked() ? "*" : "")).toList();
    }

    @Test
    void theLanguageMenuOffersEveryLanguageInItsOwnNameAndIsFoundInAnyOfThem() {
        signInAsEmployee();
        UI.getCurrent().navigate("");
        assertThat(offeredLanguages()).containsExactly("Norsk bokmål/nb*", "Norsk nynorsk/nn", "Svenska/sv",
                "English/en");
        assertThat(languageMenu().getItems().getFirst().getElement().getTextRecursively())
                .as("a reader who cannot read the page still finds it").contains("Språk / Language");
    }

    @Test
    void choosingEnglishIsRememberedForThePersonAndShownOnTheNextPage() {
        String person = "karibu-" + java.util.UUID.randomUUID();
        signInAs(person, "Jonas Berg");
        UI.getCurrent().navigate("");
        _clickItemWithCaption(languageMenu(), "English");
        assertThat(languagePreferences.languageOf(person)).contains(Language.ENGLISH);

        // a new page in the same browser, as after the reload
        UI.getCurrent().getSession().setLocale(Language.ENGLISH.locale());
        UI.getCurrent().setLocale(Language.ENGLISH.locale());
        UI.getCurrent().navigate("accessibility");
        UI.getCurrent().navigate("");
        assertThat(heading()).isEqualTo("News");
        assertThat(offeredLanguages()).contains("English/en*", "Norsk bokmål/nb");
        assertThat(menu()).containsExactly("News", "Units", "Accessibility", "My profile");
    }

    @Test
    void nynorskAndSwedishReadersGetTheShellAndHomePageInTheirLanguage() {
        String person = "karibu-" + java.util.UUID.randomUUID();
        signInAs(person, "Jonas Berg");
        UI.getCurrent().navigate("");
        for (Language language : List.of(Language.NYNORSK, Language.SWEDISH)) {
            _clickItemWithCaption(languageMenu(), language.nativeName());
            assertThat(languagePreferences.languageOf(person)).contains(language);
            UI.getCurrent().getSession().setLocale(language.locale());
            UI.getCurrent().setLocale(language.locale());
            UI.getCurrent().navigate("accessibility");
            UI.getCurrent().navigate("");
            String text = PageText.of(UI.getCurrent());
            if (language == Language.NYNORSK) {
                assertThat(heading()).isEqualTo("Nyheiter");
                assertThat(menu()).containsExactly("Nyheiter", "Einingar", "Tilgjenge", "Profilen min");
                assertThat(text).contains("Logg ut", "I dag er det");
            } else {
                assertThat(heading()).isEqualTo("Nyheter");
                assertThat(menu()).containsExactly("Nyheter", "Enheter", "Tillgänglighet", "Min profil");
                assertThat(text).contains("Logga ut", "I dag är det");
            }
            assertThat(offeredLanguages()).contains(language.nativeName() + "/" + language.tag() + "*");
        }
    }

    @Test
    void theLanguageSavedForAPersonIsUsedWhenTheirPageOpens() {
        String person = "karibu-" + java.util.UUID.randomUUID();
        languagePreferences.remember(person, Language.ENGLISH);
        signInAs(person, "Ingrid Solheim");
        LanguageSelection selection = context.getBean(LanguageSelection.class);
        assertThat(selection.resolve(com.vaadin.flow.server.VaadinRequest.getCurrent())).isEqualTo(Language.ENGLISH);
    }
}
