package no.tavla.news.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

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
import no.tavla.news.FeedCard;
import no.tavla.news.FeedFilter;
import no.tavla.news.ItemChanged;
import no.tavla.news.reading.FeedChanges;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The home page: the signed-in person's feed. The items whose audience includes them, newest release first, important
 * ones pinned on top, unread ones marked; filtered to their units, the whole municipality or must-read items not yet
 * confirmed. More are loaded on request, a page at a time.
 */
@PageBean
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
    /** The cards shown, in order; the list holds one component for each (and the empty note, if shown). */
    private final List<FeedCard> cards = new ArrayList<>();
    private Div empty;
    private int shown;
    private int total;

    FeedView(NewsFeed feed, AuthenticationContext authentication, Clock clock, People people, AccessPolicy policy,
             FeedBroadcaster broadcaster) {
        this.feed = feed;
        // a released or withdrawn item shows up (or goes) on open pages by push: the one card, not the whole feed
        broadcaster.followFeed(this, this::changed);
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
        filter.addValueChangeListener(e -> {
            reload();
            Results.announce(count.getText());
        });
        list.addClassName("tavla-feed");
        count.addClassName("tavla-feed-count");
        more.setText(getTranslation("news.more"));
        more.addClassName("tavla-feed-more");
        more.addClickListener(e -> showMore());
        add(filter, count, list, more);
        reload();
    }

    private void reload() {
        list.removeAll();
        cards.clear();
        empty = null;
        shown = 0;
        showCount(feed.count(filter.getValue()));
        showMore();
    }

    private void showCount(int counted) {
        total = counted;
        count.setText(total > NewsFeed.COUNT_CEILING ? getTranslation("news.count.many", NewsFeed.COUNT_CEILING)
                : getTranslation("news.count", total));
        if (total == 0 && empty == null) {
            empty = new Div(new H2(getTranslation("home.empty.heading")),
                    new Paragraph(getTranslation("home.empty.text")));
            empty.addClassName("tavla-empty");
            list.addComponentAsFirst(empty);
        } else if (total > 0 && empty != null) {
            list.remove(empty);
            empty = null;
        }
    }

    private void showMore() {
        List<FeedCard> page = feed.feed(filter.getValue(), shown, PAGE, Language.of(getLocale()));
        page.forEach(card -> {
            ItemCard shownCard = new ItemCard(card);
            cards.add(card);
            list.add(shownCard);
        });
        shown += page.size();
        more.setVisible(page.size() == PAGE);
    }

    /**
     * Items released to the reader or withdrawn while the page is open: the new cards go where the feed would put
     * them (pinned first, then newest first), withdrawn ones go; the rest of the page stays as it is.
     */
    private void changed(FeedChanges.ReaderSubscription reader, List<ItemChanged> changes) {
        Set<Long> released = new LinkedHashSet<>();
        Set<Long> withdrawn = new HashSet<>();
        for (ItemChanged change : changes) {
            if (change.kind() == ItemChanged.Kind.WITHDRAWN) {
                withdrawn.add(change.itemId());
                released.remove(change.itemId());
            } else if (change.kind() == ItemChanged.Kind.RELEASED) {
                released.add(change.itemId());
                withdrawn.remove(change.itemId());
            }
        }
        int removed = 0;
        boolean removedUnseen = false;
        List<String> gone = new ArrayList<>();
        for (long id : withdrawn) {
            String title = cards.stream().filter(card -> card.id() == id).map(FeedCard::title).findFirst()
                    .orElse(null);
            if (removeCard(id)) {
                gone.add(title);
                removed++;
            } else {
                // it may be further down than the page has loaded
                removedUnseen = true;
            }
        }
        released.removeIf(this::isShown);
        int added = 0;
        List<String> came = new ArrayList<>();
        for (FeedCard card : reader.cards(filter.getValue(), released, Language.of(getLocale()))) {
            insertCard(card);
            came.add(card.title());
            added++;
        }
        OptionalInt known = countAfter(total, added, removed, removedUnseen);
        showCount(known.isPresent() ? known.getAsInt() : reader.count(filter.getValue()));
        if (!came.isEmpty() || !gone.isEmpty()) {
            // which items came and went, read out where the person is (WCAG 4.1.3)
            Results.announce(announced(came, gone, count.getText(), this::getTranslation));
        }
    }

    /** At most this many titles are read out for one push; the rest are counted. */
    static final int TITLES_READ = 3;

    /** What a screen reader says when items come and go: "Ny sak: «A». Trukket tilbake: «B». 3 saker." */
    static String announced(List<String> came, List<String> gone, String countText,
                            BiFunction<String, Object[], String> translation) {
        StringBuilder text = new StringBuilder();
        if (!came.isEmpty()) {
            text.append(translation.apply("news.live.came", new Object[]{came.size(), titles(came, translation)}))
                    .append(' ');
        }
        if (!gone.isEmpty()) {
            text.append(translation.apply("news.live.gone", new Object[]{gone.size(), titles(gone, translation)}))
                    .append(' ');
        }
        return text.append(countText).append('.').toString();
    }

    private static String titles(List<String> titles, BiFunction<String, Object[], String> t) {
        String named = titles.stream().limit(TITLES_READ).map(title -> "«" + title + "»")
                .collect(Collectors.joining(", "));
        return titles.size() <= TITLES_READ ? named
                : t.apply("news.live.more", new Object[]{named, titles.size() - TITLES_READ});
    }

    /**
     * The feed's count after cards came and went on the open page, or empty when only the database knows: a card went
     * that the page had not loaded, or the count was above the ceiling and some went. Above the ceiling with cards
     * added it stays above; every open page counting again on each release is what made a release slow with
     * everyone's page open (docs/BENCHMARKS.md, "Reading at scale").
     */
    static OptionalInt countAfter(int total, int added, int removed, boolean removedUnseen) {
        if (removedUnseen || total > NewsFeed.COUNT_CEILING && removed > 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(total > NewsFeed.COUNT_CEILING ? total : Math.max(0, total + added - removed));
    }

    private boolean isShown(long id) {
        return cards.stream().anyMatch(card -> card.id() == id);
    }

    private boolean removeCard(long id) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == id) {
                cards.remove(i);
                list.getChildren().filter(c -> c instanceof ItemCard card && card.itemId() == id).findFirst()
                        .ifPresent(list::remove);
                shown--;
                return true;
            }
        }
        return false;
    }

    /** In feed order: pinned ones first, then by release, newest first. */
    private void insertCard(FeedCard card) {
        Comparator<FeedCard> order = Comparator.comparing(FeedCard::pinned).reversed()
                .thenComparing(FeedCard::releaseAt, Comparator.reverseOrder())
                .thenComparing(FeedCard::id, Comparator.reverseOrder());
        int at = 0;
        while (at < cards.size() && order.compare(cards.get(at), card) < 0) {
            at++;
        }
        if (at == cards.size() && more.isVisible()) {
            // it belongs further down than the page has loaded: "more" brings it
            return;
        }
        cards.add(at, card);
        list.addComponentAtIndex(at + (empty == null ? 0 : 1), new ItemCard(card));
        shown++;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – Tavla";
    }
}
