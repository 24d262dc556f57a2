package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.tavla.news.reading.NewsFeed;
import no.tavla.news.writing.Announcements;
import no.tavla.notifications.internal.OutboxStore;
import no.tavla.organisation.People;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's bell: what is new for them (items released to them, their items returned, approved or
 * commented on) and, for communications, how many items wait for approval. An entry shows only while they may open
 * its item (a withdrawn item, or one they no longer reach, drops out).
 */
@Service
public class Bell {

    /** One entry as the bell shows it. */
    public record Entry(long id, long itemId, NotificationKind kind, String itemTitle, Instant at, boolean read) {

        /** Where the entry leads: the item's page, or for a manager's "who is missing" the item's reach. */
        public String href() {
            return (kind == NotificationKind.MISSING ? "reach/" : "news/") + itemId;
        }
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

    Bell(OutboxStore outbox, People people, NewsFeed news, Announcements announcements,
         no.tavla.news.reading.FollowUp followUp, Clock clock) {
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
            List<OutboxStore.BellRow> rows = outbox.bell(me, SHOWN);
            Map<Long, String> titles = new java.util.HashMap<>(news.titles(rows.stream()
                    .filter(row -> row.kind() != NotificationKind.MISSING).map(OutboxStore.BellRow::itemId)
                    .distinct().toList()));
            // a manager's "who is missing" is about their staff's item, shown while they may follow it up
            Map<Long, String> followed = new java.util.HashMap<>();
            rows.stream().filter(row -> row.kind() == NotificationKind.MISSING).map(OutboxStore.BellRow::itemId)
                    .distinct().forEach(id -> followUp.item(id).ifPresent(item -> followed.put(id, item.title())));
            return rows.stream()
                    .filter(row -> (row.kind() == NotificationKind.MISSING ? followed : titles)
                            .containsKey(row.itemId()))
                    .map(row -> new Entry(row.id(), row.itemId(), row.kind(),
                            (row.kind() == NotificationKind.MISSING ? followed : titles).get(row.itemId()), row.at(),
                            row.read()))
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
