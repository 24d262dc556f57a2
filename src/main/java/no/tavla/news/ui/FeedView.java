package no.tavla.news.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.tavla.news.FeedEntry;
import no.tavla.news.FeedFilter;
import no.tavla.news.NewsFeed;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.TavlaTime;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The home page: the signed-in person's feed. The items whose audience includes them, newest release first, important
 * ones pinned on top, unread ones marked; filtered to their units, the whole municipality or must-read items not yet
 * confirmed. More are loaded on request, a page at a time.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:newspaper")
class FeedView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    private final transient NewsFeed feed;
    private final RadioButtonGroup<FeedFilter> filter = new RadioButtonGroup<>();
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();
    private final Button more = new Button();
    private int shown;

    FeedView(NewsFeed feed, AuthenticationContext authentication, Clock clock, People people, AccessPolicy policy,
             FeedBroadcaster broadcaster) {
        this.feed = feed;
        // a released or withdrawn item shows up (or goes) on open pages by push, without reloading
        broadcaster.follow(this, change -> reload());
        addClassName("tavla-page");
        String firstName = authentication.getAuthenticatedUser(OidcUser.class)
                .map(OidcUser::getGivenName)
                .filter(n -> n != null && !n.isBlank())
                .or(() -> authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getFullName)
                        .map(n -> n.split(" ")[0]))
                .orElse("");
        String today = LocalDate.now(clock.withZone(TavlaTime.ZONE))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));
        Paragraph greeting = new Paragraph(firstName.isEmpty()
                ? getTranslation("home.greeting.anonymous", today)
                : getTranslation("home.greeting", firstName, today));
        greeting.addClassName("tavla-greeting");
        add(new H1(getTranslation("home.heading")), greeting);
        if (policy.mayAnywhere(people.currentActor(), Action.PUBLISH_FOR_UNIT)) {
            RouterLink write = new RouterLink(getTranslation("news.write.new"), WriteView.class);
            write.addClassName("tavla-write-new");
            add(new Div(write));
        }

        filter.setLabel(getTranslation("news.filter"));
        filter.setItems(FeedFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("news.filter." + f.name()));
        filter.setValue(FeedFilter.ALL);
        filter.addClassName("tavla-feed-filter");
        filter.addValueChangeListener(e -> reload());
        list.addClassName("tavla-feed");
        count.getElement().setAttribute("aria-live", "polite");
        count.addClassName("tavla-feed-count");
        more.setText(getTranslation("news.more"));
        more.addClassName("tavla-feed-more");
        more.addClickListener(e -> showMore());
        add(filter, count, list, more);
        reload();
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        int total = feed.count(filter.getValue());
        count.setText(total > NewsFeed.COUNT_CEILING ? getTranslation("news.count.many", NewsFeed.COUNT_CEILING)
                : getTranslation("news.count", total));
        if (total == 0) {
            Div empty = new Div(new H2(getTranslation("home.empty.heading")),
                    new Paragraph(getTranslation("home.empty.text")));
            empty.addClassName("tavla-empty");
            list.add(empty);
        }
        showMore();
    }

    private void showMore() {
        List<FeedEntry> page = feed.feed(filter.getValue(), shown, PAGE);
        page.forEach(entry -> list.add(new ItemCard(entry)));
        shown += page.size();
        more.setVisible(page.size() == PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – Tavla";
    }
}
