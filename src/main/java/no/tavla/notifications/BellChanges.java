package no.tavla.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open bells on this Tavla instance, by person, told when something new is in theirs: only the people concerned,
 * once per change, after the change has committed (a bell that counts before the commit would count nothing new).
 * A page's bell stops following when the page closes. (Other instances hear of changes with the cluster issue.)
 */
@Component
public class BellChanges {

    /** An open bell: told how many new entries came (it adds them to its count without asking the database). */
    public interface Listener {
        void rang(int newEntries);

        /** Whether this bell's person approves items (told when one is submitted). */
        boolean approves();
    }

    private final Map<Long, List<Listener>> open = new ConcurrentHashMap<>();

    /** @return what to call when the page closes */
    public Runnable follow(long personId, Listener listener) {
        open.computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> open.computeIfPresent(personId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** How many bells are open (for the tests and the operations page). */
    public int following() {
        return open.values().stream().mapToInt(List::size).sum();
    }

    /** One new entry for each of these people, told after the commit. */
    void rang(Collection<Long> personIds) {
        Set<Long> people = Set.copyOf(personIds);
        afterCommit(() -> people.forEach(person -> open.getOrDefault(person, List.of())
                .forEach(listener -> listener.rang(1))));
    }

    /** Something waits for approval: every open bell of someone who approves counts again. */
    void waitingChanged() {
        afterCommit(() -> open.values().forEach(listeners -> listeners.stream().filter(Listener::approves)
                .forEach(listener -> listener.rang(0))));
    }

    private static void afterCommit(Runnable task) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    task.run();
                }
            });
        } else {
            task.run();
        }
    }
}
