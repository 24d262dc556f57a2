package no.tavla.news.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import no.tavla.news.FeedCard;
import no.tavla.news.FeedFilter;
import no.tavla.news.ItemKind;
import no.tavla.organisation.Membership;
import no.tavla.shared.Language;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A reader's feed: only what is out for them, newest release first, pinned important items on top, as cards that
 * carry what a card shows (no text, no audience). Counted up to a ceiling, so a feed over a million items stays quick.
 */
@Repository
public class FeedQueries {

    /**
     * A card in the reader's language: the item's version in it when there is one (issue 17, decision 0026), found
     * by its key in the same statement; else the item as written. Its two parameters are the reader and the language.
     */
    private static final String CARD = "SELECT i.id, COALESCE(v.title, i.title),"
            + " CASE WHEN v.item_id IS NULL THEN i.lead ELSE COALESCE(v.lead, '') END, u.name, i.kind,"
            + " i.pinned_until, i.release_at, i.already_public, r.person_id IS NULL,"
            + " (r.confirmed_round = i.confirm_round), COALESCE(v.language, i.language)"
            + " FROM news_item i JOIN unit u ON u.id = i.unit_id"
            + " LEFT JOIN news_read r ON r.item_id = i.id AND r.person_id = ?"
            + " LEFT JOIN news_item_language v ON v.item_id = i.id AND v.language = ? AND v.language <> i.language";

    private final JdbcTemplate jdbc;

    FeedQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many items the feed has, counted up to {@code ceiling + 1}. */
    public int count(Membership reader, FeedFilter filter, Instant now, int ceiling) {
        List<Object> arguments = new ArrayList<>(List.of(reader.personId()));
        String where = visible(reader, now, filter != FeedFilter.ARCHIVE, arguments) + filter(filter, now, arguments);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM news_item i LEFT JOIN news_read r"
                + " ON r.item_id = i.id AND r.person_id = ?" + where + " LIMIT " + (ceiling + 1) + ") counted",
                Integer.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /**
     * One run of the reader's cards: pinned ones ({@code pinned}) or the rest, newest release first. The database
     * reads the rest backwards along (status, release_at) and stops after the page.
     */
    public List<FeedCard> cards(Membership reader, Language language, FeedFilter filter, Long unitId, boolean pinned,
                                Instant now, int offset, int limit) {
        List<Object> arguments = cardArguments(reader, language);
        String where = visible(reader, now, filter != FeedFilter.ARCHIVE, arguments) + filter(filter, now, arguments)
                + (pinned ? " AND i.pinned_until > ? AND i.kind = 'IMPORTANT'"
                : " AND NOT (i.kind = 'IMPORTANT' AND i.pinned_until > ?)");
        arguments.add(Timestamp.from(now));
        if (unitId != null) {
            where += " AND i.unit_id = ?";
            arguments.add(unitId);
        }
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(CARD + where + " ORDER BY i.release_at DESC, i.id DESC LIMIT ? OFFSET ?",
                (rs, row) -> card(rs, now), arguments.toArray());
    }

    /** The card's own two parameters; a language of {@code null} gives every item as written. */
    private static List<Object> cardArguments(Membership reader, Language language) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(reader.personId());
        arguments.add(language == null ? "" : language.tag());
        return arguments;
    }

    private static FeedCard card(ResultSet rs, Instant now) throws SQLException {
        ItemKind kind = ItemKind.valueOf(rs.getString(5));
        Timestamp pinnedUntil = rs.getTimestamp(6);
        return new FeedCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), kind,
                kind == ItemKind.IMPORTANT && pinnedUntil != null && pinnedUntil.toInstant().isAfter(now),
                rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10),
                Language.fromTag(rs.getString(11)).orElse(Language.DEFAULT));
    }

    /** Those of the items in the reader's feed now (this filter), pinned ones first, then newest release first. */
    public List<FeedCard> cardsAmong(Membership reader, Language language, FeedFilter filter, Set<Long> ids,
                                     Instant now) {
        List<Object> arguments = cardArguments(reader, language);
        String where = visible(reader, now, filter != FeedFilter.ARCHIVE, arguments) + filter(filter, now, arguments)
                + " AND i.id IN (" + SqlList.in(ids, arguments) + ")";
        List<FeedCard> cards = new ArrayList<>(jdbc.query(CARD + where + " ORDER BY i.release_at DESC, i.id DESC",
                (rs, row) -> card(rs, now), arguments.toArray()));
        cards.sort(Comparator.comparing(FeedCard::pinned).reversed());
        return cards;
    }

    /** Whether the item is out for the reader now (expired ones too: the archive). */
    public boolean inAudience(Membership reader, long itemId, Instant now) {
        List<Object> arguments = new ArrayList<>();
        String where = visible(reader, now, false, arguments) + " AND i.id = ?";
        arguments.add(itemId);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM news_item i" + where, Integer.class,
                arguments.toArray());
        return found != null && found > 0;
    }

    /** Out (released, not withdrawn, and unless {@code feedOnly} is false not expired) and in the reader's audience. */
    private static String visible(Membership reader, Instant now, boolean feedOnly, List<Object> arguments) {
        Timestamp at = Timestamp.from(now);
        StringBuilder where = new StringBuilder(" WHERE i.status = 'PUBLISHED' AND i.release_at <= ?");
        arguments.add(at);
        if (feedOnly) {
            where.append(" AND (i.expires_at IS NULL OR i.expires_at > ?)");
            arguments.add(at);
        }
        where.append(AudienceCondition.reaching(reader,
                AudienceCondition.Roles.HELD, arguments));
        return where.toString();
    }

    private static String filter(FeedFilter filter, Instant now, List<Object> arguments) {
        if (filter == FeedFilter.ARCHIVE) {
            arguments.add(Timestamp.from(now));
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
}
