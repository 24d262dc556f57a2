package no.tavla.news.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import no.tavla.news.ItemChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open feed and item pages that an item came or went, once the change is committed. The pages are told on
 * a thread of their own, so a request holding one person's session never waits for another's.
 */
@Component
public class FeedBroadcaster {

    private final List<Consumer<ItemChanged>> listeners = new CopyOnWriteArrayList<>();
    private final TaskExecutor executor;

    FeedBroadcaster(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * While the view is attached, runs the reaction in its UI (by push) for every change; stops when it is detached.
     */
    public void follow(com.vaadin.flow.component.Component view, Consumer<ItemChanged> reaction) {
        view.addAttachListener(attach -> {
            com.vaadin.flow.component.UI ui = attach.getUI();
            Registration registration = register(change -> {
                try {
                    ui.access(() -> reaction.accept(change));
                } catch (com.vaadin.flow.component.UIDetachedException gone) {
                    // the page was closed meanwhile
                }
            });
            view.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    Registration register(Consumer<ItemChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ItemChanged change) {
        executor.execute(() -> listeners.forEach(listener -> listener.accept(change)));
    }
}
