package no.tavla.news;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What following up an item needs from the news: who its audience holds now and how each has read it on screen, and
 * which items reached some units in a period. For those who follow up (managers, communications) and those who work on
 * the item; whose names anyone may see is decided by the caller, with {@link AccessPolicy#followedUpUnits}.
 */
@Service
public class FollowUp {

    /** A person in an item's audience, and whether they have opened it and confirmed it (this round) on screen. */
    public record Reader(Audiences.Member member, boolean seen, boolean confirmed) {
    }

    private final JdbcTemplate jdbc;
    private final NewsStore store;
    private final NewsFeed feed;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final People people;

    FollowUp(JdbcTemplate jdbc, NewsStore store, NewsFeed feed, Audiences audiences, AccessPolicy policy,
             People people) {
        this.jdbc = jdbc;
        this.store = store;
        this.feed = feed;
        this.audiences = audiences;
        this.policy = policy;
        this.people = people;
    }

    /** The item, whatever its state, for those who may see its counts. */
    @Transactional(readOnly = true)
    public Optional<Item> item(long id) {
        return store.find(id).filter(item -> feed.maySeeCounts(id));
    }

    /** Whether the signed-in person works on the item (writer, the unit's editors, communications). */
    @Transactional(readOnly = true)
    public boolean mayWorkOn(long id) {
        return feed.mayWorkOn(id);
    }

    /** The audience as it is now, limited to people whose primary unit is in {@code within} (null: everyone). */
    @Transactional(readOnly = true)
    public List<Reader> readers(long itemId, Set<Long> within) {
        Item item = item(itemId).orElseThrow(() -> new AccessDeniedException("Not allowed to follow up this item"));
        Map<Long, Boolean> read = new HashMap<>();
        jdbc.query("SELECT person_id, confirmed_round = ? FROM news_read WHERE item_id = ?",
                rs -> {
                    read.put(rs.getLong(1), rs.getBoolean(2));
                }, item.confirmRound(), itemId);
        return audiences.members(item.audience().wholeMunicipality(), NewsRules.expand(item.audience(), audiences),
                item.audience().roles(), within).stream()
                .map(m -> new Reader(m, read.containsKey(m.personId()),
                        item.kind() == ItemKind.MUST_READ && Boolean.TRUE.equals(read.get(m.personId()))))
                .toList();
    }

    /**
     * Items out in {@code [from, to)} whose audience reaches any of the units (null: any item), newest first. For
     * those who follow up staff or approve for the municipality.
     */
    @Transactional(readOnly = true)
    public List<Item> releasedTo(Set<Long> units, Instant from, Instant to, Set<ItemKind> kinds, int limit) {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.FOLLOW_UP_REACH) && !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException("Only managers and communications follow up");
        }
        if (kinds.isEmpty() || (units != null && units.isEmpty())) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE i.status = 'PUBLISHED' AND i.release_at >= ?"
                + " AND i.release_at < ? AND i.kind IN (");
        arguments.add(Timestamp.from(from));
        arguments.add(Timestamp.from(to));
        where.append(in(kinds.stream().map(Enum::name).toList(), arguments)).append(")");
        if (units != null) {
            where.append(" AND (i.whole_municipality OR EXISTS (SELECT 1 FROM news_audience_unit a")
                    .append(" WHERE a.item_id = i.id AND (a.unit_id IN (").append(in(units, arguments))
                    .append(") OR (a.include_sub_units AND a.unit_id IN (").append(in(audiences.withAncestors(units), arguments)).append(")))))");
        }
        arguments.add(Math.max(1, Math.min(limit, 500)));
        return store.query("SELECT " + NewsStore.COLUMNS + NewsStore.FROM + where
                + " ORDER BY i.release_at DESC, i.id DESC LIMIT ?", arguments.toArray());
    }

    /**
     * What a unit's staff-room screen shows: important items still pinned and must-read items of the last 30 days
     * that are out now and meant for everyone in the unit (no role narrowing, not only a part of it). Asks for no
     * sign-in: the caller has checked the screen's token, which names the unit.
     */
    @Transactional(readOnly = true)
    public List<Item> onDisplayFor(long unitId, Instant now, int limit) {
        List<Object> arguments = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        String sql = "SELECT " + NewsStore.COLUMNS + NewsStore.FROM + " WHERE i.status = 'PUBLISHED'"
                + " AND i.release_at <= ? AND (i.expires_at IS NULL OR i.expires_at > ?)"
                + " AND ((i.kind = 'IMPORTANT' AND i.pinned_until > ?) OR (i.kind = 'MUST_READ' AND i.release_at > ?))"
                + " AND NOT EXISTS (SELECT 1 FROM news_audience_role ar WHERE ar.item_id = i.id)"
                + " AND (i.whole_municipality OR EXISTS (SELECT 1 FROM news_audience_unit a WHERE a.item_id = i.id"
                + " AND (a.unit_id = ? OR (a.include_sub_units AND a.unit_id IN (";
        arguments.add(at);
        arguments.add(at);
        arguments.add(at);
        arguments.add(Timestamp.from(now.minus(java.time.Duration.ofDays(30))));
        arguments.add(unitId);
        sql += in(audiences.withAncestors(List.of(unitId)), arguments) + ")))))"
                + " ORDER BY i.kind = 'MUST_READ' DESC, i.release_at DESC, i.id DESC LIMIT ?";
        arguments.add(Math.max(1, Math.min(limit, 50)));
        return store.query(sql, arguments.toArray());
    }

    private static String in(Collection<?> values, List<Object> arguments) {
        arguments.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
