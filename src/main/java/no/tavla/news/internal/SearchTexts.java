package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.tavla.news.ItemKind;
import no.tavla.news.SearchableItem;
import no.tavla.shared.Language;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The published items' words for the search index, with their versions and audience units: three per batch. */
@Repository
public class SearchTexts {

    private static final String ITEMS = "SELECT id, unit_id, kind, release_at, language, title, lead, body,"
            + " whole_municipality"
            + " FROM news_item WHERE status = 'PUBLISHED'";

    private final JdbcTemplate jdbc;

    SearchTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Published items by id, after this one. */
    public List<SearchableItem> after(long afterId, int limit) {
        return withVersions(jdbc.query(ITEMS + " AND id > ? ORDER BY id LIMIT ?", SearchTexts::row, afterId, limit));
    }

    /** Those of the items that are published. */
    public List<SearchableItem> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        return withVersions(jdbc.query(ITEMS + " AND id IN (" + in + ")", SearchTexts::row, arguments.toArray()));
    }

    /** Every item (in any state) changed since the instant, or whose language versions were. */
    public List<Long> changedSince(Instant since) {
        Timestamp at = Timestamp.from(since);
        return jdbc.queryForList("SELECT id FROM news_item WHERE updated_at > ? UNION SELECT item_id FROM"
                + " news_item_language WHERE updated_at > ?", Long.class, at, at);
    }

    public int countPublished() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM news_item WHERE status = 'PUBLISHED'",
                Integer.class);
        return count == null ? 0 : count;
    }

    private record Row(long id, long unitId, ItemKind kind, Instant releaseAt, Language language,
                       SearchableItem.Text text, boolean whole) {
    }

    private static Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp release = rs.getTimestamp(4);
        return new Row(rs.getLong(1), rs.getLong(2), ItemKind.valueOf(rs.getString(3)),
                release == null ? null : release.toInstant(),
                Language.fromTag(rs.getString(5)).orElse(Language.DEFAULT),
                new SearchableItem.Text(rs.getString(6), rs.getString(7), rs.getString(8)), rs.getBoolean(9));
    }

    private List<SearchableItem> withVersions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Language, SearchableItem.Text>> texts = new LinkedHashMap<>();
        rows.forEach(row -> texts.computeIfAbsent(row.id(), id -> new HashMap<>()).put(row.language(), row.text()));
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(texts.keySet(), arguments);
        jdbc.query("SELECT item_id, language, title, lead, body FROM news_item_language WHERE item_id IN (" + in + ")",
                (java.sql.ResultSet rs) -> {
                    Language language = Language.fromTag(rs.getString(2)).orElse(null);
                    if (language != null) {
                        texts.get(rs.getLong(1)).putIfAbsent(language, new SearchableItem.Text(rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }, arguments.toArray());
        Map<Long, Map<Long, Boolean>> audiences = new HashMap<>();
        List<Object> again = new ArrayList<>();
        jdbc.query("SELECT item_id, unit_id, include_sub_units FROM news_audience_unit WHERE item_id IN ("
                        + SqlList.in(texts.keySet(), again) + ")",
                (java.sql.ResultSet rs) -> {
                    audiences.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2),
                            rs.getBoolean(3));
                }, again.toArray());
        return rows.stream().map(row -> new SearchableItem(row.id(), row.unitId(), row.kind(), row.releaseAt(),
                texts.get(row.id()), row.whole(), audiences.getOrDefault(row.id(), Map.of()))).toList();
    }
}
