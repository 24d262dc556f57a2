package no.tavla.reach.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.news.ui.FeedBroadcaster;
import no.tavla.reach.KioskScreen;
import no.tavla.reach.Kiosks;
import no.tavla.crisis.ScreenCrisis;
import no.tavla.shared.Language;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The staff-room screen: full screen, large type, the unit's current important and must-read items one after another,
 * fetched anew at every turn; a release or withdrawal shows at once, by push. The token in the address
 * opens this screen only; nobody signs in here.
 */
@PageBean
@Route(value = "kiosk/:token", autoLayout = false)
@AnonymousAllowed
class KioskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How long each item stays on the screen. */
    static final int TURN_MILLIS = 15_000;

    private final transient Kiosks kiosks;
    private final transient ScreenCrisis crisis;
    /** Stops following the crisis of the screen's unit. */
    private transient Runnable unfollow = () -> { };
    private UI ui;
    private final Div stage = new Div();
    private final Paragraph position = new Paragraph();
    private final Span unitName = new Span();
    private String token = "";
    private java.util.OptionalLong unitId = java.util.OptionalLong.empty();
    private int turn;
    /** Someone at the screen stopped the turns, to read the item to the end (WCAG 2.2.2). */
    private boolean paused;
    private final Button pause = new Button();

    KioskView(Kiosks kiosks, ScreenCrisis crisis, MunicipalityProperties municipality, FeedBroadcaster broadcaster) {
        this.kiosks = kiosks;
        this.crisis = crisis;
        // an item released or withdrawn shows at once, by push; the turn comes on the poll
        broadcaster.followUnitScreen(this, () -> unitId, changes -> show());
        addClassName("tavla-kiosk");
        Image logo = new Image(municipality.logoUrl(), "");
        logo.addClassName("tavla-kiosk-logo");
        Span name = new Span(municipality.name());
        name.addClassName("tavla-kiosk-municipality");
        unitName.addClassName("tavla-kiosk-unit");
        Div header = new Div(logo, name, unitName);
        header.addClassName("tavla-kiosk-header");
        stage.addClassName("tavla-kiosk-stage");
        position.addClassName("tavla-kiosk-position");
        pause.addClassName("tavla-kiosk-pause");
        pause.addClickListener(e -> setPaused(!paused));
        setPaused(false);
        Div footer = new Div(position, pause);
        footer.addClassName("tavla-kiosk-footer");
        add(header, stage, footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        turn = 0;
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        ui.setPollInterval(TURN_MILLIS);
        followCrisis();
        addDetachListener(detach -> {
            detach.unregisterListener();
            unfollow.run();
        });
        ui.addPollListener(e -> {
            if (!paused) {
                turn++;
            }
            show();
        });
    }

    /**
     * Stops or resumes the turns. While it turns by itself the stage is not a live region (a screen reader would be
     * interrupted every 15 seconds); stopped, a change pushed to it is read out (the carousel pattern of WAI-ARIA).
     */
    void setPaused(boolean stop) {
        paused = stop;
        pause.setText(getTranslation(stop ? "kiosk.resume" : "kiosk.pause"));
        stage.getElement().setAttribute("aria-live", stop ? "polite" : "off");
    }

    /** Shows the item whose turn it is, read anew from Tavla. */
    void show() {
        stage.removeAll();
        Optional<KioskScreen> screen = kiosks.screen(token);
        if (screen.isEmpty()) {
            unitId = java.util.OptionalLong.empty();
            unitName.setText("");
            position.setText("");
            pause.setVisible(false);
            stage.add(new H1(getTranslation("kiosk.closed")));
            return;
        }
        speak(screen.get().language());
        boolean otherUnit = unitId.isEmpty() || unitId.getAsLong() != screen.get().unitId();
        unitId = java.util.OptionalLong.of(screen.get().unitId());
        if (otherUnit) {
            followCrisis();
        }
        unitName.setText(screen.get().unitName());
        Optional<ScreenCrisis.Shown> inForce = crisis.forUnit(screen.get().unitId());
        if (inForce.isPresent()) {
            showCrisis(inForce.get());
            return;
        }
        removeClassName("tavla-kiosk-crisis");
        removeClassName("tavla-kiosk-drill");
        List<Item> items = screen.get().items();
        pause.setVisible(items.size() > 1);
        if (items.isEmpty()) {
            position.setText("");
            stage.add(new H1(getTranslation("kiosk.nothing")));
            return;
        }
        Item item = items.get(Math.floorMod(turn, items.size()));
        Span kind = new Span(getTranslation(item.kind() == ItemKind.MUST_READ ? "kiosk.must-read" : "kiosk.important"));
        kind.addClassNames("tavla-badge", "tavla-kiosk-kind");
        H1 title = new H1(item.title());
        title.addClassName("tavla-kiosk-title");
        // the words' own language (the unit's version, or the item as written) for screen readers (WCAG 3.1.2)
        title.getElement().setAttribute("lang", item.language().tag());
        stage.add(kind, title);
        if (!item.lead().isBlank()) {
            Paragraph lead = new Paragraph(item.lead());
            lead.addClassName("tavla-kiosk-lead");
            lead.getElement().setAttribute("lang", item.language().tag());
            stage.add(lead);
        }
        Div body = new Div();
        body.addClassNames("tavla-prose", "tavla-kiosk-body");
        body.getElement().setAttribute("lang", item.language().tag());
        body.getElement().setProperty("innerHTML", screenHtml(item.body()));
        H2 from = new H2(getTranslation("kiosk.from", item.unitName(),
                TavlaTime.dateTime(item.releaseAt(), getLocale())));
        from.addClassName("tavla-kiosk-from");
        stage.add(body, from);
        if (item.kind() == ItemKind.MUST_READ) {
            Paragraph confirm = new Paragraph(getTranslation("kiosk.confirm"));
            confirm.addClassName("tavla-kiosk-confirm");
            stage.add(confirm);
        }
        position.setText(getTranslation("kiosk.position", Math.floorMod(turn, items.size()) + 1, items.size()));
    }

    /**
     * The screen speaks its unit's language (the one its notices are printed in), whatever the browser in the staff
     * room was set up with.
     */
    private void speak(Language language) {
        UI current = ui != null ? ui : UI.getCurrent();
        getElement().setAttribute("lang", language.tag());
        if (current != null && !language.locale().equals(current.getLocale())) {
            current.setLocale(language.locale());
            setPaused(paused);
        }
    }

    /** A crisis in force for the unit, when the screen is on a page: shown at once, by push, within seconds. */
    private void followCrisis() {
        unfollow.run();
        unfollow = () -> { };
        if (ui != null && unitId.isPresent()) {
            UI attached = ui;
            unfollow = crisis.follow(unitId.getAsLong(), changed -> attached.access(this::show));
        }
    }

    /** Instead of the turn: the crisis, large, with its latest word and where to read more; ØVELSE for a drill. */
    private void showCrisis(ScreenCrisis.Shown shown) {
        addClassName("tavla-kiosk-crisis");
        setClassName("tavla-kiosk-drill", shown.drill());
        pause.setVisible(false);
        position.setText("");
        Span kind = new Span(getTranslation(shown.drill() ? "crisis.banner.drill" : "crisis.banner.label"));
        kind.addClassNames("tavla-badge", "tavla-kiosk-kind", "tavla-kiosk-crisis-kind");
        H1 title = new H1(shown.title());
        title.addClassName("tavla-kiosk-title");
        stage.add(kind, title);
        Paragraph latest = new Paragraph(shown.latest());
        latest.addClassNames("tavla-kiosk-lead", "tavla-kiosk-crisis-latest");
        stage.add(latest);
        if (!shown.latest().equals(shown.message())) {
            Paragraph message = new Paragraph(shown.message());
            message.addClassNames("tavla-kiosk-body", "tavla-kiosk-crisis-message");
            stage.add(message);
        }
        H2 when = new H2(getTranslation("crisis.banner.when", TavlaTime.dateTime(shown.at(), getLocale())));
        when.addClassName("tavla-kiosk-from");
        Paragraph more = new Paragraph(getTranslation("kiosk.crisis.more"));
        more.addClassName("tavla-kiosk-confirm");
        stage.add(when, more);
    }

    /** The text without images and links: the screen is read from across the room, and nothing on it leads away. */
    static String screenHtml(String markdown) {
        Document fragment = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown));
        fragment.select("img").remove();
        fragment.select("a").unwrap();
        return fragment.body().html();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title") + " – Tavla";
    }
}
