package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.organisation.Membership;
import no.tavla.shared.SqlList;
import org.springframework.stereotype.Repository;

/** Lists of whole items, each in one statement: the desk, planning, follow-up, the screens and the public channel. */
@Repository
public class ItemQueries {

    private static final String SELECT = "SELECT " + NewsStore.COLUMNS + NewsStore.FROM;
    private static final String PUBLIC = " WHERE i.status = 'PUBLISHED' AND i.external_release_at IS NOT NULL"
            + " AND i.external_release_at <= ? AND i.release_at <= ? AND (i.expires_at IS NULL OR i.expires_at > ?)";

    private final NewsStore store;

    ItemQueries(NewsStore store) {
        this.store = store;
    }

    /** Items with an internal or external release in {@code (from, until]}, by internal release. */
    public List<Item> scheduled(Instant from, Instant until) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        return store.query(SELECT + " WHERE i.status = 'PUBLISHED' AND ((i.release_at > ? AND i.release_at <= ?)"
                + " OR (i.external_release_at > ? AND i.external_release_at <= ?)) ORDER BY i.release_at",
                start, end, start, end);
    }

    /**
     * What the editorial calendar shows in {@code (from, until]}: published and held items with an internal or public
     * release then, and drafts, returned and submitted items with a planned time then, by internal release.
     */
    public List<Item> onCalendar(Instant from, Instant until) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        return store.query(SELECT + " WHERE (i.status IN ('PUBLISHED', 'HELD') AND ((i.release_at > ? AND i.release_at"
                        + " <= ?) OR (i.external_release_at > ? AND i.external_release_at <= ?))) OR (i.status IN"
                        + " ('DRAFT', 'RETURNED', 'SUBMITTED') AND i.release_at > ? AND i.release_at <= ?)"
                        + " ORDER BY i.release_at", start, end, start, end, start, end);
    }

    /** Which of these items were published for a crisis (the public feed marks them). */
    public Set<Long> crisisItems(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        return Set.copyOf(store.jdbc().queryForList("SELECT item_id FROM news_crisis_item WHERE item_id IN (" + in
                + ")", Long.class, arguments.toArray()));
    }

    /** The items held back by a crisis, by their planned release. */
    public List<Item> held() {
        return store.query(SELECT + " WHERE i.status = 'HELD' ORDER BY i.release_at, i.id");
    }

    /** The person's own items, and for communications everything submitted or with a correction waiting. */
    public List<Item> desk(long personId, boolean approver, int limit) {
        if (approver) {
            return store.query(SELECT + " WHERE i.author_id = ? OR i.status = 'SUBMITTED' OR EXISTS (SELECT 1 FROM"
                    + " news_correction c WHERE c.item_id = i.id AND c.status = 'PENDING')"
                    + " ORDER BY i.updated_at DESC LIMIT ?", personId, limit);
        }
        return store.query(SELECT + " WHERE i.author_id = ? ORDER BY i.updated_at DESC LIMIT ?", personId, limit);
    }

    /**
     * Items out in {@code [from, to)} of these kinds whose audience reaches any of the units (with any narrowing to
     * roles; null units: any item), newest first.
     */
    public List<Item> releasedTo(Membership units, Instant from, Instant to, Set<ItemKind> kinds, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE i.status = 'PUBLISHED' AND i.release_at >= ?"
                + " AND i.release_at < ? AND i.kind IN (");
        arguments.add(Timestamp.from(from));
        arguments.add(Timestamp.from(to));
        where.append(SqlList.in(kinds.stream().map(Enum::name).toList(), arguments)).append(")");
        if (units != null) {
            where.append(AudienceCondition.reaching(units, AudienceCondition.Roles.ANY, arguments));
        }
        arguments.add(limit);
        return store.query(SELECT + where + " ORDER BY i.release_at DESC, i.id DESC LIMIT ?", arguments.toArray());
    }

    /**
     * What a unit's staff-room screen shows: important items still pinned and must-read items of the last 30 days,
     * out now and meant for everyone in the unit (not narrowed to roles); must-read first, newest first.
     */
    public List<Item> onDisplay(Membership unit, Instant now, int limit) {
        List<Object> arguments = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        arguments.add(at);
        arguments.add(at);
        arguments.add(at);
        arguments.add(Timestamp.from(now.minus(Duration.ofDays(30))));
        String where = " WHERE i.status = 'PUBLISHED' AND i.release_at <= ? AND (i.expires_at IS NULL"
                + " OR i.expires_at > ?) AND ((i.kind = 'IMPORTANT' AND i.pinned_until > ?)"
                + " OR (i.kind = 'MUST_READ' AND i.release_at > ?))"
                + AudienceCondition.reaching(unit, AudienceCondition.Roles.NOT_NARROWED, arguments);
        arguments.add(limit);
        return store.query(SELECT + where + " ORDER BY i.kind = 'MUST_READ' DESC, i.release_at DESC, i.id DESC"
                + " LIMIT ?", arguments.toArray());
    }

    /** Must-read items out now (not expired) whose deadline to confirm is in {@code [from, to)}, soonest first. */
    public List<Item> deadlinesBetween(Instant from, Instant to, Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return store.query(SELECT + " WHERE i.confirm_by >= ? AND i.confirm_by < ? AND i.kind = 'MUST_READ'"
                + " AND i.status = 'PUBLISHED' AND i.release_at <= ? AND (i.expires_at IS NULL OR i.expires_at > ?)"
                + " ORDER BY i.confirm_by, i.id LIMIT ?", Timestamp.from(from), Timestamp.from(to), at, at, limit);
    }

    /** The public items, from their external release until expiry, newest external release first. */
    public List<Item> publicLatest(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return store.query(SELECT + PUBLIC + " ORDER BY i.external_release_at DESC, i.id DESC LIMIT ?", at, at, at,
                limit);
    }

    public Optional<Item> publicItem(long id, Instant now) {
        Timestamp at = Timestamp.from(now);
        return store.query(SELECT + PUBLIC + " AND i.id = ?", at, at, at, id).stream().findFirst();
    }
}
