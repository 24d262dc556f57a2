package no.tavla.shared.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import no.tavla.shared.Language;
import no.tavla.shared.MunicipalityProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The shell around every view: the municipality's logo and name, the menu built from {@code @Menu} on the views the
 * person may open, the language switch and sign-out. The drawer folds away on a phone.
 */
@PageBean
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String SIGN_IN_URL = "oauth2/authorization/tavla";

    private final transient AuthenticationContext authentication;
    private final transient LanguageSelection languages;

    private final transient List<HeaderItem> headerItems;
    /** What other modules show above every page's content (the crisis banner), made once for the page. */
    private final List<Component> notices;

    MainLayout(AuthenticationContext authentication, LanguageSelection languages,
               MunicipalityProperties municipality, org.springframework.beans.factory.ObjectProvider<HeaderItem> headerItems,
               org.springframework.beans.factory.ObjectProvider<PageNotice> pageNotices) {
        this.headerItems = headerItems.orderedStream().toList();
        this.notices = authentication.isAuthenticated() ? pageNotices.orderedStream().map(PageNotice::create)
                .filter(java.util.Objects::nonNull).toList() : List.of();
        this.authentication = authentication;
        this.languages = languages;
        addClassName("tavla-shell");
        setPrimarySection(Section.NAVBAR);

        setI18n(new AppLayoutI18n().setDrawer(getTranslation("shell.drawer")));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        // the banner landmark, with the skip link as the first thing a keyboard reaches (WCAG 2.4.1)
        Header banner = new Header(skipLink(), toggle, brand(municipality), userArea(),
                Results.announcer(UI.getCurrent()));
        banner.addClassName("tavla-banner");
        addToNavbar(banner);

        SideNav menu = new SideNav();
        menu.setLabel(getTranslation("shell.menu.label"));
        menu.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("shell.menu.toggle.children")));
        menu.addClassName("tavla-menu");
        menuEntries(authentication).forEach(entry -> menu.addItem(menuItem(entry)));
        addToDrawer(new Scroller(menu));
    }

    /** The view, with what other modules show above it (the crisis banner) before it. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        if (notices.isEmpty() || content == null) {
            super.showRouterLayoutContent(content);
            return;
        }
        com.vaadin.flow.component.html.Div column = new com.vaadin.flow.component.html.Div();
        column.addClassName("tavla-content");
        notices.forEach(column::add);
        column.getElement().appendChild(content.getElement());
        setContent(column);
    }

    /**
     * The menu entries the person may open: Vaadin works them out by checking access to every route (and looking its
     * role checker up on the class path each time), a sixth of a page open's CPU; so they are kept in the session for
     * as long as the same person with the same roles is signed in (docs/BENCHMARKS.md, "Reading at scale").
     */
    static List<MenuEntry> menuEntries(AuthenticationContext authentication) {
        VaadinSession session = VaadinSession.getCurrent();
        MenuKey key = new MenuKey(authentication.getPrincipalName().orElse(""), authentication.getGrantedAuthorities()
                .stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
        KeptMenu kept = session == null ? null : session.getAttribute(KeptMenu.class);
        if (kept != null && kept.key().equals(key)) {
            return kept.entries();
        }
        List<MenuEntry> entries = List.copyOf(MenuConfiguration.getMenuEntries());
        if (session != null) {
            session.setAttribute(KeptMenu.class, new KeptMenu(key, entries));
        }
        return entries;
    }

    private record MenuKey(String person, Set<String> authorities) implements Serializable {
    }

    private record KeptMenu(MenuKey key, List<MenuEntry> entries) implements Serializable {
    }

    /**
     * "Skip to the main content": hidden until it has focus, then it moves focus to the page's {@code <main>}. A
     * fragment link would not do: the page's {@code <base href>} would make it a link to the home page.
     */
    private Component skipLink() {
        Anchor skip = new Anchor("#", getTranslation("shell.skip"));
        skip.setRouterIgnore(true);
        skip.addClassName("tavla-skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.querySelector('main'); if (main) { if (!main.hasAttribute('tabindex'))"
                + " { main.setAttribute('tabindex', '-1'); } main.focus(); } });");
        return skip;
    }

    private Component brand(MunicipalityProperties municipality) {
        Image logo = new Image(municipality.logoUrl(), "");
        logo.addClassName("tavla-logo");
        Span name = new Span(municipality.name());
        name.addClassName("tavla-municipality");
        Span product = new Span("Tavla");
        product.addClassName("tavla-product");
        Anchor home = homeLink("");
        home.add(logo, name, product);
        home.addClassName("tavla-brand");
        return home;
    }

    private Component userArea() {
        Div area = new Div();
        area.addClassName("tavla-user");
        area.add(languageSwitch());
        if (authentication.isAuthenticated()) {
            headerItems.stream().map(HeaderItem::create).filter(java.util.Objects::nonNull).forEach(area::add);
            Span name = new Span(displayName());
            name.addClassName("tavla-user-name");
            Button signOut = new Button(getTranslation("shell.sign-out"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.addClassName("tavla-sign-out");
            area.add(name, signOut);
        } else {
            Anchor signIn = new Anchor(SIGN_IN_URL, getTranslation("shell.sign-in"));
            signIn.setRouterIgnore(true);
            signIn.addClassName("tavla-sign-in");
            area.add(signIn);
        }
        return area;
    }

    /**
     * The language menu: its button says "Språk / Language" in every language, so a reader who cannot read the page
     * still finds it; each language is offered in its own name and marked with its {@code lang}, the one in use ticked.
     */
    private Component languageSwitch() {
        Language current = Language.of(getLocale());
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("tavla-language");
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("shell.language.more")));
        Icon globe = new Icon("vaadin", "globe");
        globe.getElement().setAttribute("aria-hidden", "true");
        MenuItem root = menu.addItem(globe);
        Span name = new Span(getTranslation("shell.language"));
        name.addClassName("tavla-language-name");
        root.add(name);
        for (Language language : Language.values()) {
            MenuItem item = root.getSubMenu().addItem(language.nativeName(), e -> languages.choose(language));
            item.getElement().setAttribute("lang", language.tag());
            item.addClassName("tavla-language-" + language.tag());
            item.setCheckable(true);
            item.setChecked(language == current);
        }
        return menu;
    }

    private String displayName() {
        Optional<OidcUser> user = authentication.getAuthenticatedUser(OidcUser.class);
        return user.map(OidcUser::getFullName)
                .filter(n -> !n.isBlank())
                .or(authentication::getPrincipalName)
                .orElse("");
    }

    private SideNavItem menuItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    /** A link to the home page (the feed, which lives in the news module), followed inside the single-page app. */
    static Anchor homeLink(String text) {
        Anchor home = new Anchor("", text);
        home.getElement().setAttribute("router-link", true);
        return home;
    }
}
