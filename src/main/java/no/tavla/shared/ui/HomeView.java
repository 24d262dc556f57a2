package no.tavla.shared.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.tavla.shared.TavlaTime;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The home page. It becomes the person's news feed with the announcements issue; until then it says so plainly. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:newspaper")
class HomeView extends Main implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, Clock clock) {
        addClassName("tavla-page");
        String firstName = authentication.getAuthenticatedUser(OidcUser.class)
                .map(OidcUser::getGivenName)
                .filter(n -> n != null && !n.isBlank())
                .or(() -> authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getFullName)
                        .map(n -> n.split(" ")[0]))
                .orElse("");
        String today = LocalDate.now(clock.withZone(TavlaTime.ZONE))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));

        H1 heading = new H1(getTranslation("home.heading"));
        Paragraph greeting = new Paragraph(firstName.isEmpty()
                ? getTranslation("home.greeting.anonymous", today)
                : getTranslation("home.greeting", firstName, today));
        greeting.addClassName("tavla-greeting");

        Div empty = new Div(new H2(getTranslation("home.empty.heading")),
                new Paragraph(getTranslation("home.empty.text")));
        empty.addClassName("tavla-empty");
        add(heading, greeting, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – Tavla";
    }
}
