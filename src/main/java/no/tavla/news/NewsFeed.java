package no.tavla.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading side: a person's feed, an item page, seen and confirmed, and the counts. A reader never sees an item
 * outside its audience or before its time, by any route: every query here carries the same audience condition.
 */
@Service
public class NewsFeed {

    private final JdbcTemplate jdbc;
    private final NewsStore store;
    private final People people;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final Clock clock;

    NewsFeed(JdbcTemplate jdbc, NewsStore store, People people, Audiences audiences, AccessPolicy policy,
             Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.people = people;
        this.audiences = audiences;
        this.policy = policy;
        this.clock = clock;
    }

    /** The reader: who they are, their units (and the units above), their roles. */
    private record Reader(long personId, Set<Long> units, Set<Long> unitsAndAbove, Set<Role> roles) {
    }

    private Optional<Reader> reader() {
        Actor actor = people.currentActor();
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("The news are for people signed in");
        }
        return actor.personId().map(id -> {
            Set<Long> units = audiences.unitsOf(id);
            return new Reader(id, units, audiences.withAncestors(units), audiences.rolesOf(id));
        });
    }

    /** Counts above this are shown as "more than". */
    public static final int COUNT_CEILING = 1000;

    /** The reader's feed, newest release first, pinned important items on top; a page at a time. */
    @Transactional(readOnly = true)
    public List<FeedEntry> feed(FeedFilter filter, int offset, int limit) {
        return entries(filter, null, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(FeedFilter filter) {
        Optional<Reader> reader = reader();
        if (reader.isEmpty()) {
            return 0;
        }
        List<Object> arguments = new ArrayList<>();
        String where = visible(reader.get(), arguments, filter != FeedFilter.ARCHIVE) + filter(filter, arguments);
        // counted up to a ceiling, so a feed over a million items stays quick; the page shows "more than" beyond it
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM news_item i LEFT JOIN news_read r"
                + " ON r.item_id = i.id AND r.person_id = ?" + where + " LIMIT " + (COUNT_CEILING + 1) + ") counted",
                Integer.class, prepend(reader.get().personId(), arguments));
        return count == null ? 0 : count;
    }

    /** The items a unit owns, as this reader may see them, newest first. */
    @Transactional(readOnly = true)
    public List<FeedEntry> unitItems(long unitId, int limit) {
        return entries(FeedFilter.ALL, unitId, 0, limit);
    }

    private List<FeedEntry> entries(FeedFilter filter, Long unitId, int offset, int limit) {
        Optional<Reader> found = reader();
        if (found.isEmpty()) {
            return List.of();
        }
        Reader reader = found.get();
        Instant now = clock.instant();
        int size = Math.max(1, Math.min(limit, 100));
        int from = Math.max(0, offset);
        // pinned items first (few, found by their own index), then the rest newest first, which the database reads
        // backwards along (status, release_at) and stops after the page: a feed stays quick with a million items
        List<Object[]> pinned = rows(reader, filter, unitId, " AND i.pinned_until > ? AND i.kind = 'IMPORTANT'",
                Timestamp.from(now), 0, 1000);
        List<Object[]> page = new ArrayList<>();
        if (from < pinned.size()) {
            page.addAll(pinned.subList(from, Math.min(pinned.size(), from + size)));
        }
        if (page.size() < size) {
            int restFrom = Math.max(0, from - pinned.size());
            page.addAll(rows(reader, filter, unitId, " AND NOT (i.kind = 'IMPORTANT' AND i.pinned_until > ?)",
                    Timestamp.from(now), restFrom, size - page.size()));
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Object[] row : page) {
            store.find((Long) row[0]).ifPresent(item -> entries.add(
                    new FeedEntry(item, item.isPinned(now), (Boolean) row[1], (Boolean) row[2])));
        }
        return entries;
    }

    /** One run of the reader's items: id, unread, confirmed; newest release first. */
    private List<Object[]> rows(Reader reader, FeedFilter filter, Long unitId, String part, Timestamp now, int offset,
                                int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = visible(reader, arguments, filter != FeedFilter.ARCHIVE) + filter(filter, arguments) + part;
        arguments.add(now);
        if (unitId != null) {
            where += " AND i.unit_id = ?";
            arguments.add(unitId);
        }
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query("SELECT i.id, r.person_id IS NULL, (r.confirmed_round = i.confirm_round)"
                        + " FROM news_item i LEFT JOIN news_read r ON r.item_id = i.id AND r.person_id = ?" + where
                        + " ORDER BY i.release_at DESC, i.id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)},
                prepend(reader.personId(), arguments));
    }

    /**
     * An item page for a reader in its audience once it is out (expired ones too, as the archive); for those who
     * work on it (writer, the unit's editors, communications) at any time. Opening it marks it seen.
     */
    @Transactional
    public Optional<FeedEntry> open(long id) {
        Optional<Item> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Item item = found.get();
        Instant now = clock.instant();
        Optional<Reader> reader = reader();
        boolean inAudience = reader.isPresent() && isInAudience(reader.get(), id);
        if (!inAudience && !mayWorkOn(item)) {
            return Optional.empty();
        }
        boolean confirmed = false;
        boolean unread = false;
        if (inAudience && reader.isPresent()) {
            long person = reader.get().personId();
            unread = markSeen(id, person, now);
            confirmed = Boolean.TRUE.equals(jdbc.query("SELECT confirmed_round = ? FROM news_read WHERE item_id = ?"
                    + " AND person_id = ?", rs -> rs.next() ? rs.getBoolean(1) : false, item.confirmRound(), id, person));
            item = store.find(id).orElseThrow();
        }
        return Optional.of(new FeedEntry(item, item.isPinned(now), unread, confirmed));
    }

    /** May the signed-in person open the item (in its audience once it is out, or working on it)? Marks nothing. */
    @Transactional(readOnly = true)
    public boolean mayOpen(long id) {
        if (!people.isSignedIn()) {
            return false;
        }
        return isInAudience(id) || mayWorkOn(id);
    }

    /** The item for printing or showing elsewhere, for those who may open it; marks nothing. */
    @Transactional(readOnly = true)
    public Optional<Item> forPrinting(long id) {
        return mayOpen(id) ? store.find(id) : Optional.empty();
    }

    /** Whether the reader may confirm (a must-read item in their audience). */
    @Transactional(readOnly = true)
    public boolean isInAudience(long id) {
        return reader().map(r -> isInAudience(r, id)).orElse(false);
    }

    /** The reader confirms they have read and understood a must-read item. */
    @Transactional
    public void confirm(long id) {
        Reader reader = reader().orElseThrow(() -> new AccessDeniedException("Not a person in Tavla"));
        if (!isInAudience(reader, id)) {
            throw new Refusal("news.unknown");
        }
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        if (item.kind() != ItemKind.MUST_READ) {
            throw new Refusal("news.confirm.not-must-read");
        }
        Instant now = clock.instant();
        markSeen(id, reader.personId(), now);
        int changed = jdbc.update("UPDATE news_read SET confirmed_at = ?, confirmed_round = ? WHERE item_id = ?"
                        + " AND person_id = ? AND (confirmed_round IS NULL OR confirmed_round < ?)",
                Timestamp.from(now), item.confirmRound(), id, reader.personId(), item.confirmRound());
        if (changed > 0) {
            jdbc.update("UPDATE news_item SET confirmed_count = confirmed_count + 1 WHERE id = ?", id);
        }
    }

    /** The counts, for the item's writer and editors, managers of its audience, and communications. */
    @Transactional(readOnly = true)
    public ReadCounts counts(long id) {
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        if (!maySeeCounts(item)) {
            throw new AccessDeniedException("Not allowed to see the counts");
        }
        Audiences.Size size = audiences.size(item.audience().wholeMunicipality(),
                NewsRules.expand(item.audience(), audiences), item.audience().roles());
        return new ReadCounts(size.people(), size.withoutComputer(), item.seenCount(), item.confirmedCount());
    }

    /**
     * Who in the audience has not confirmed a must-read item on screen: personal data, so only for the managers of
     * those people (their own units and below). Reach across all channels is the reach module's.
     */
    @Transactional(readOnly = true)
    public List<Audiences.Member> notConfirmed(long id) {
        Item item = store.find(id).orElseThrow(() -> new Refusal("news.unknown"));
        Set<Long> within = policy.followedUpUnits(people.currentActor());
        if (within.isEmpty()) {
            throw new AccessDeniedException("Only managers follow up their staff by name");
        }
        if (item.kind() != ItemKind.MUST_READ) {
            return List.of();
        }
        Set<Long> confirmed = Set.copyOf(jdbc.queryForList("SELECT person_id FROM news_read WHERE item_id = ?"
                + " AND confirmed_round = ?", Long.class, id, item.confirmRound()));
        return audiences.members(item.audience().wholeMunicipality(), NewsRules.expand(item.audience(), audiences),
                item.audience().roles(), within).stream().filter(m -> !confirmed.contains(m.personId())).toList();
    }

    /** May the signed-in person see this item's counts? */
    @Transactional(readOnly = true)
    public boolean maySeeCounts(long id) {
        return store.find(id).map(this::maySeeCounts).orElse(false);
    }

    /** Those who work on the item, at any time; managers whose staff it reaches, once it is out (AccessPolicy). */
    private boolean maySeeCounts(Item item) {
        return policy.maySeeReach(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()));
    }

    /** The writer, editors of the owning unit and communications work on an item (AccessPolicy). */
    boolean mayWorkOn(Item item) {
        return policy.mayWorkOn(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()));
    }

    /** Whether the signed-in person may work on the item (edit, withdraw, see its history). */
    @Transactional(readOnly = true)
    public boolean mayWorkOn(long id) {
        return store.find(id).map(this::mayWorkOn).orElse(false);
    }

    private boolean isInAudience(Reader reader, long id) {
        List<Object> arguments = new ArrayList<>();
        String where = visible(reader, arguments, false) + " AND i.id = ?";
        arguments.add(id);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM news_item i" + where, Integer.class,
                arguments.toArray());
        return found != null && found > 0;
    }

    /** @return whether this was the first time */
    private boolean markSeen(long id, long person, Instant now) {
        int inserted = jdbc.update("INSERT IGNORE INTO news_read (item_id, person_id, seen_at) VALUES (?, ?, ?)", id,
                person, Timestamp.from(now));
        if (inserted > 0) {
            jdbc.update("UPDATE news_item SET seen_count = seen_count + 1 WHERE id = ?", id);
        }
        return inserted > 0;
    }

    /** The one audience condition: out (released, not withdrawn), and the reader in the audience. */
    private String visible(Reader reader, List<Object> arguments, boolean feedOnly) {
        Timestamp now = Timestamp.from(clock.instant());
        StringBuilder where = new StringBuilder(" WHERE i.status = 'PUBLISHED' AND i.release_at <= ?");
        arguments.add(now);
        if (feedOnly) {
            where.append(" AND (i.expires_at IS NULL OR i.expires_at > ?)");
            arguments.add(now);
        }
        where.append(" AND (i.whole_municipality OR EXISTS (SELECT 1 FROM news_audience_unit a WHERE a.item_id = i.id"
                + " AND (a.unit_id IN (").append(in(reader.units(), arguments))
                .append(") OR (a.include_sub_units AND a.unit_id IN (").append(in(reader.unitsAndAbove(), arguments))
                .append(")))))");
        where.append(" AND (NOT EXISTS (SELECT 1 FROM news_audience_role ar WHERE ar.item_id = i.id)"
                + " OR EXISTS (SELECT 1 FROM news_audience_role ar WHERE ar.item_id = i.id AND ar.role IN (")
                .append(in(reader.roles().stream().map(Role::name).toList(), arguments)).append(")))");
        return where.toString();
    }

    private String filter(FeedFilter filter, List<Object> arguments) {
        if (filter == FeedFilter.ARCHIVE) {
            arguments.add(Timestamp.from(clock.instant()));
        }
        return switch (filter) {
            case ARCHIVE -> " AND i.expires_at <= ?";
            case ALL -> "";
            case MY_UNITS -> " AND NOT i.whole_municipality";
            case WHOLE_MUNICIPALITY -> " AND i.whole_municipality";
            case UNCONFIRMED -> " AND i.kind = 'MUST_READ' AND (r.confirmed_round IS NULL"
                    + " OR r.confirmed_round < i.confirm_round)";
        };
    }

    private static String in(Collection<?> values, List<Object> arguments) {
        if (values.isEmpty()) {
            arguments.add("-1");
            return "?";
        }
        arguments.addAll(values);
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static Object[] prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
