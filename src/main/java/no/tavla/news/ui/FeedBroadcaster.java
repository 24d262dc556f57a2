package no.tavla.news.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
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
    void followFeed(Component view, java.util.function.BiConsumer<FeedChanges.ReaderSubscription,
            List<ItemChanged>> reaction) {
        follow(view, page -> changes.followReader(page).orElse(null), (subscription, list) ->
                reaction.accept((FeedChanges.ReaderSubscription) subscription, list));
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
