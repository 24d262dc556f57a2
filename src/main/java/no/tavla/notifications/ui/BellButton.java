package no.tavla.notifications.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import no.tavla.news.ItemChanged;
import no.tavla.news.ui.FeedBroadcaster;
import no.tavla.notifications.Bell;
import no.tavla.notifications.BellChanges;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.HeaderItem;
import no.tavla.shared.ui.Results;

/**
 * The bell in the header: how many new things there are for the person (a count in the button's name, and said aloud
 * when it grows by push), and on click a list of them, each a link to its item, with "mark all as read". Keyboard: the
 * button opens and closes the list, Escape closes it, Tab moves through it.
 */
class BellButton extends Div implements AfterNavigationObserver {

    private final transient Bell bell;
    private final transient BellChanges changes;
    private final Button button = new Button(VaadinIcon.BELL.create());
    /** The bell's own polite live region: what it says is not written over by what the page says at once. */
    private final Span said = new Span();
    /** Made at the first click: an idle page keeps only the button (docs/BENCHMARKS.md, "Reading at scale"). */
    private Popover popover;
    private final AtomicInteger pending = new AtomicInteger();
    private boolean countAgain;
    private Bell.Summary summary;

    BellButton(Bell bell, BellChanges changes, FeedBroadcaster releases) {
        this.bell = bell;
        this.changes = changes;
        addClassName("tavla-bell");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("tavla-bell-button");
        button.addClickListener(click -> {
            if (popover == null) {
                popover = list();
                add(popover);
                popover.open();
            }
        });
        said.addClassName("tavla-visually-hidden");
        said.getElement().setAttribute("role", "status");
        said.addClassName("tavla-bell-said");
        add(button, said);
        // the count comes with the page's navigation (afterNavigation), once
        show(new Bell.Summary(0, 0));
        // an item released to the person is in their bell: counted in the same visit to the page as the feed's card,
        // so a release is one push message to a page (the sending job writes the entry itself a moment later)
        releases.followReleases(this, list -> {
            int released = (int) list.stream().filter(change -> change.kind() == ItemChanged.Kind.RELEASED).count();
            if (released > 0) {
                arrived(released);
            }
        });
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean approves = bell.approves();
            Runnable stop = bell.owner().map(person -> changes.follow(person, new BellChanges.Listener() {
                @Override
                public void rang(int newEntries) {
                    // what comes before the page is reached is one visit to it
                    int before = pending.getAndAdd(newEntries);
                    if (newEntries == 0) {
                        countAgain = true;
                    }
                    if (before == 0) {
                        try {
                            ui.access(() -> arrived(pending.getAndSet(0)));
                        } catch (UIDetachedException gone) {
                            pending.set(0);
                        }
                    }
                }

                @Override
                public boolean approves() {
                    return approves;
                }
            })).orElse(() -> {
            });
            addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }

    private Popover list() {
        Popover list = new Popover();
        list.setTarget(button);
        list.setPosition(PopoverPosition.BOTTOM_END);
        list.setModal(false);
        list.setAutofocus(true);
        list.addClassName("tavla-bell-list");
        list.setAriaLabel(getTranslation("bell.heading"));
        list.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                fill();
            }
        });
        return list;
    }

    /**
     * New entries came: counted on without asking the database (the next page counts again), and said aloud; when
     * what waits for approval changed, an approver's bell counts again.
     */
    private void arrived(int newEntries) {
        int before = summary.total();
        if (countAgain) {
            countAgain = false;
            show(bell.summary());
        } else {
            show(new Bell.Summary(summary.unread() + newEntries, summary.waitingForApproval()));
        }
        if (summary.total() > before) {
            said.setText(getTranslation("bell.announce", summary.total()));
        }
        if (popover != null && popover.isOpened()) {
            fill();
        }
    }

    /** Another page opened (an item may have been read there): the count as it is now. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show(bell.summary());
    }

    private void show(Bell.Summary now) {
        summary = now;
        int total = now.total();
        // the count is the button's text, drawn as a badge (tavla.css); its name says it in words
        button.setText(total == 0 ? "" : total > 99 ? "99+" : String.valueOf(total));
        button.setClassName("tavla-bell-new-count", total > 0);
        button.setAriaLabel(total == 0 ? getTranslation("bell.label.none")
                : getTranslation("bell.label", total));
    }

    private void fill() {
        popover.removeAll();
        H2 heading = new H2(getTranslation("bell.heading"));
        heading.addClassName("tavla-bell-heading");
        popover.add(heading);
        if (summary.waitingForApproval() > 0) {
            Anchor desk = new Anchor("desk", getTranslation("bell.waiting", summary.waitingForApproval()));
            desk.addClassName("tavla-bell-waiting");
            desk.getElement().addEventListener("click", e -> popover.close());
            popover.add(new Paragraph(desk));
        }
        List<Bell.Entry> entries = bell.latest();
        if (entries.isEmpty()) {
            popover.add(new Paragraph(getTranslation("bell.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-bell-entries");
            for (Bell.Entry entry : entries) {
                Anchor link = new Anchor(entry.href(), text(entry));
                link.addClassName(entry.read() ? "tavla-bell-read" : "tavla-bell-unread");
                link.getElement().addEventListener("click", e -> {
                    bell.markRead(entry.id());
                    popover.close();
                });
                Span when = new Span(" " + TavlaTime.dateTime(entry.at(), getLocale()));
                when.addClassName("tavla-bell-when");
                ListItem item = new ListItem(link, when);
                if (!entry.read()) {
                    Span unread = new Span(getTranslation("bell.unread") + " ");
                    unread.addClassName("tavla-bell-new");
                    item.addComponentAsFirst(unread);
                }
                list.add(item);
            }
            popover.add(list);
            if (summary.unread() > 0) {
                Button all = new Button(getTranslation("bell.mark-all"), e -> {
                    bell.markAllRead();
                    show(bell.summary());
                    fill();
                    Results.announce(getTranslation("bell.marked"));
                });
                all.addClassName("tavla-bell-mark-all");
                popover.add(all);
            }
        }
    }

    private String text(Bell.Entry entry) {
        if (entry.task() == null) {
            return getTranslation("bell.kind." + entry.kind().name(), entry.itemTitle());
        }
        String what = entry.task().context() == null ? getTranslation("bell.task.title", entry.itemTitle())
                : getTranslation("bell.task.in", entry.itemTitle(), entry.task().context());
        return getTranslation("bell.kind.TASK", what, TavlaTime.dateTime(entry.task().at(), getLocale()));
    }

    /** The bell in the header of every page for someone who is a person in Tavla. */
    @org.springframework.stereotype.Component
    static class Item implements HeaderItem {

        private final Bell bell;
        private final BellChanges changes;
        private final FeedBroadcaster releases;

        Item(Bell bell, BellChanges changes, FeedBroadcaster releases) {
            this.bell = bell;
            this.changes = changes;
            this.releases = releases;
        }

        @Override
        public Component create() {
            return bell.owner().isPresent() ? new BellButton(bell, changes, releases) : null;
        }
    }
}
