package no.tavla.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/**
 * The page around every view: Vaadin's Aura theme, then the municipality's visual profile (top-level
 * {@code frontend/}, served under {@code /profile/}), whose print rules make any page print cleanly. Push is on, so
 * a released or withdrawn item reaches open pages within seconds.
 */
@Push
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("profile/tavla.css")
@StyleSheet("profile/print.css")
class TavlaAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "profile/favicon.svg", "any");
        settings.addMetaTag("color-scheme", "light");
    }
}
