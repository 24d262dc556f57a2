package no.tavla.news.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import no.tavla.news.ItemChanged;
import no.tavla.news.reading.FeedChanges;

/**
 * Brings the changes {@link FeedChanges} sends to an open page into its UI, by push, while the page is attached: the
 * feed gets the items released to its reader, an item page its own item, a staff-room screen its unit's items.
 */
@org.springframework.stereotype.Component
public class FeedBroadcaster {

    private final FeedChanges changes;

    FeedBroadcaster(FeedChanges changes) {
        this.changes = changes;
    }

    /** A feed: told, in its UI, of the items released to or withdrawn from its reader's audience. */
    void followFeed(Component view, BiConsumer<FeedChanges.ReaderSubscription, List<ItemChanged>> reaction) {
        followReader(view, reaction);
    }

    /**
     * Anything on a page that follows what is released to or withdrawn from its reader (the bell in the header): told
     * in the same visit to the page as the feed, so a release is one push message to a page, not one per follower.
     */
    public void followReleases(Component view, Consumer<List<ItemChanged>> reaction) {
        followReader(view, (subscription, list) -> reaction.accept(list));
    }

    /** One reader subscription per UI, shared by what follows it on the page, until the last of them is detached. */
    private void followReader(Component view, BiConsumer<FeedChanges.ReaderSubscription, List<ItemChanged>> reaction) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ReaderPage page = ComponentUtil.getData(ui, ReaderPage.class);
            if (page == null) {
                ReaderPage created = new ReaderPage(ui);
                java.util.Optional<FeedChanges.ReaderSubscription> subscription =
                        changes.followReader(created::changed);
                if (subscription.isEmpty()) {
                    return;
                }
                created.subscription = subscription.get();
                ComponentUtil.setData(ui, ReaderPage.class, created);
                page = created;
            }
            ReaderPage followed = page;
            followed.reactions.add(reaction);
            view.addDetachListener(detach -> {
                detach.unregisterListener();
                followed.reactions.remove(reaction);
                if (followed.reactions.isEmpty()) {
                    followed.subscription.cancel();
                    if (ComponentUtil.getData(ui, ReaderPage.class) == followed) {
                        ComponentUtil.setData(ui, ReaderPage.class, null);
                    }
                }
            });
        });
    }

    /** A UI's reader subscription and what on the page reacts to it, all in one {@code ui.access}. */
    private static final class ReaderPage {

        private final UI ui;
        private final List<BiConsumer<FeedChanges.ReaderSubscription, List<ItemChanged>>> reactions =
                new CopyOnWriteArrayList<>();
        private volatile FeedChanges.ReaderSubscription subscription;

        ReaderPage(UI ui) {
            this.ui = ui;
        }

        void changed(List<ItemChanged> list) {
            if (subscription == null) {
                return; // the page is still being opened: it reads the feed as it is
            }
            if (ui.isClosing()) {
                subscription.cancel();
                return;
            }
            try {
                ui.access(() -> reactions.forEach(reaction -> reaction.accept(subscription, list)));
            } catch (UIDetachedException gone) {
                subscription.cancel();
            }
        }
    }

    /** An item's page: told, in its UI, when the item changes. */
    void followItem(Component view, java.util.function.LongSupplier itemId, Consumer<List<ItemChanged>> reaction) {
        follow(view, page -> changes.followItem(itemId.getAsLong(), page), (subscription, list) ->
                reaction.accept(list));
    }

    /** A staff-room screen: told, in its UI, of changes to the items for everyone in its unit (if it has one). */
    public void followUnitScreen(Component view, java.util.function.Supplier<java.util.OptionalLong> unitId,
                                 Consumer<List<ItemChanged>> reaction) {
        follow(view, page -> {
            java.util.OptionalLong unit = unitId.get();
            return unit.isPresent() ? changes.followUnitScreen(unit.getAsLong(), page) : null;
        }, (subscription, list) -> reaction.accept(list));
    }

    private void follow(Component view, Function<FeedChanges.Page, FeedChanges.Subscription> subscribe,
                        java.util.function.BiConsumer<FeedChanges.Subscription, List<ItemChanged>> reaction) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            FeedChanges.Subscription[] subscription = new FeedChanges.Subscription[1];
            subscription[0] = subscribe.apply(list -> {
                if (ui.isClosing()) {
                    subscription[0].cancel();
                    return;
                }
                try {
                    ui.access(() -> reaction.accept(subscription[0], list));
                } catch (UIDetachedException gone) {
                    subscription[0].cancel();
                }
            });
            if (subscription[0] == null) {
                return;
            }
            view.addDetachListener(detach -> {
                subscription[0].cancel();
                detach.unregisterListener();
            });
        });
    }
}
