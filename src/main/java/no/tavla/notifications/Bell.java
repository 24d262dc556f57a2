package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.tavla.news.reading.NewsFeed;
import no.tavla.news.writing.Announcements;
import no.tavla.notifications.internal.OutboxStore;
import no.tavla.notifications.internal.TaskStore;
import no.tavla.organisation.People;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's bell: what is new for them (items released to them, their items returned, approved or
 * commented on) and, for communications, how many items wait for approval. An entry shows only while they may open
 * its item (a withdrawn item, or one they no longer reach, drops out).
 */
@Service
public class Bell {

    /**
     * One entry as the bell shows it.
     *
     * @param itemId    the item it is about; 0 for a task's reminder
     * @param itemTitle the item's title, or the task's
     * @param task      what a task's reminder adds (where it belongs, when, its page); null for an item's entry
     */
    public record Entry(long id, long itemId, NotificationKind kind, String itemTitle, Instant at, boolean read,
                        TaskEntry task) {

        public Entry(long id, long itemId, NotificationKind kind, String itemTitle, Instant at, boolean read) {
            this(id, itemId, kind, itemTitle, at, read, null);
        }

        /**
         * Where the entry leads: the item's page, for a manager's "who is missing" the item's reach, for a task its
         * page.
         */
        public String href() {
            if (task != null) {
                return task.href();
            }
            return (kind == NotificationKind.MISSING ? "reach/" : "news/") + itemId;
        }
    }

    /** A task's reminder in the bell. @param context what the work belongs to (a plan), or null */
    public record TaskEntry(String context, Instant at, String href) {
    }

    /**
     * @param unread             entries not yet read
     * @param waitingForApproval items waiting for the person's approval (communications; 0 for everyone else)
     */
    public record Summary(int unread, int waitingForApproval) {
        public int total() {
            return unread + waitingForApproval;
        }
    }

    static final int SHOWN = 15;

    private final OutboxStore outbox;
    private final People people;
    private final NewsFeed news;
    private final Announcements announcements;
    private final no.tavla.news.reading.FollowUp followUp;
    private final Clock clock;
    private final TaskStore tasks;

    Bell(OutboxStore outbox, People people, NewsFeed news, Announcements announcements,
         no.tavla.news.reading.FollowUp followUp, Clock clock, TaskStore tasks) {
        this.tasks = tasks;
        this.followUp = followUp;
        this.outbox = outbox;
        this.people = people;
        this.news = news;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** The signed-in person, if they are a person in Tavla (else they have no bell). */
    public java.util.Optional<Long> owner() {
        return people.currentActor().personId();
    }

    public Summary summary() {
        return owner().map(me -> new Summary(outbox.unread(me), announcements.waitingForMyApproval()))
                .orElse(new Summary(0, 0));
    }

    /** The newest entries the person may still open, newest first. */
    public List<Entry> latest() {
        return owner().map(me -> {
            List<OutboxStore.BellRow> all = outbox.bell(me, SHOWN);
            // a task's reminder is about work, not an item: it shows while the task is there
            Map<Long, TaskStore.Task> tasks = new java.util.HashMap<>();
            this.tasks.find(all.stream().map(OutboxStore.BellRow::taskId).filter(java.util.Objects::nonNull).toList())
                    .forEach(task -> tasks.put(task.id(), task));
            List<OutboxStore.BellRow> rows = all.stream().filter(row -> row.taskId() == null).toList();
            Map<Long, String> titles = new java.util.HashMap<>(news.titles(rows.stream()
                    .filter(row -> row.kind() != NotificationKind.MISSING).map(OutboxStore.BellRow::itemId)
                    .distinct().toList()));
            // a manager's "who is missing" is about their staff's item, shown while they may follow it up
            Map<Long, String> followed = new java.util.HashMap<>();
            rows.stream().filter(row -> row.kind() == NotificationKind.MISSING).map(OutboxStore.BellRow::itemId)
                    .distinct().forEach(id -> followUp.item(id).ifPresent(item -> followed.put(id, item.title())));
            return all.stream()
                    .filter(row -> row.taskId() != null ? tasks.containsKey(row.taskId())
                            : (row.kind() == NotificationKind.MISSING ? followed : titles).containsKey(row.itemId()))
                    .map(row -> {
                        if (row.taskId() != null) {
                            TaskStore.Task task = tasks.get(row.taskId());
                            return new Entry(row.id(), 0, row.kind(), task.title(), row.at(), row.read(),
                                    new TaskEntry(task.context(), task.taskAt(), task.href()));
                        }
                        return new Entry(row.id(), row.itemId(), row.kind(),
                                (row.kind() == NotificationKind.MISSING ? followed : titles).get(row.itemId()),
                                row.at(), row.read());
                    })
                    .toList();
        }).orElse(List.of());
    }

    /** Marks one of the person's own entries read; anyone else's is left alone. */
    public void markRead(long entryId) {
        owner().ifPresent(me -> outbox.markRead(me, entryId, clock.instant()));
    }

    public void markAllRead() {
        owner().ifPresent(me -> outbox.markAllRead(me, clock.instant()));
    }

    /** Whether the signed-in person approves items (their bell counts what waits for them). */
    public boolean approves() {
        return announcements.mayApprove();
    }
}
