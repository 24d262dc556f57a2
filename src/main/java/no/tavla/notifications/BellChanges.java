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
 * after the change has committed (a bell that counts before the commit would count nothing new), and what comes
 * within {@link #MERGE} as one: ten releases in one run of the release job are one visit to each page, not ten. A
 * page's bell stops following when the page closes. (Other instances hear of changes with the cluster issue.)
 */
@Component
public class BellChanges implements org.springframework.beans.factory.DisposableBean {

    /** Rings closer together than this reach a page as one. */
    static final java.time.Duration MERGE = java.time.Duration.ofMillis(700);

    /**
     * An open bell: told how many new entries came (it adds them to its count without asking the database), or 0
     * when what waits for approval changed (an approver's bell counts again).
     */
    public interface Listener {
        void rang(int newEntries);

        /** Whether this bell's person approves items (told when one is submitted). */
        boolean approves();
    }

    private final Map<Long, List<Listener>> open = new ConcurrentHashMap<>();
    /** New entries per person, and whether approvers must count again, waiting for the next flush. */
    private final Map<Long, Integer> waiting = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean approvalsWaiting = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean flushPlanned = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ScheduledExecutorService flusher =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("tavla-bell-flush").factory());

    /** @return what to call when the page closes */
    public Runnable follow(long personId, Listener listener) {
        open.computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> open.computeIfPresent(personId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** One new entry for each of these people, told after the commit (only those with a bell open are kept). */
    void rang(Collection<Long> personIds) {
        Set<Long> people = Set.copyOf(personIds);
        afterCommit(() -> {
            people.stream().filter(open::containsKey).forEach(person -> waiting.merge(person, 1, Integer::sum));
            planFlush();
        });
    }

    /** Something waits for approval: every open bell of someone who approves counts again. */
    void waitingChanged() {
        afterCommit(() -> {
            approvalsWaiting.set(true);
            planFlush();
        });
    }

    private void planFlush() {
        if (flushPlanned.compareAndSet(false, true)) {
            try {
                flusher.schedule(this::flush, MERGE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                flushPlanned.set(false);
            }
        }
    }

    /** Tells each open bell what came for it since the last flush, once. */
    void flush() {
        flushPlanned.set(false);
        boolean approvals = approvalsWaiting.getAndSet(false);
        Map<Long, Integer> rings = new java.util.HashMap<>();
        for (Long person : List.copyOf(waiting.keySet())) {
            Integer count = waiting.remove(person);
            if (count != null) {
                rings.put(person, count);
            }
        }
        open.forEach((person, listeners) -> {
            int count = rings.getOrDefault(person, 0);
            listeners.forEach(listener -> {
                if (count > 0 || approvals && listener.approves()) {
                    listener.rang(count);
                }
            });
        });
    }

    @Override
    public void destroy() {
        flusher.shutdownNow();
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
