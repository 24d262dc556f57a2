package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import no.tavla.news.LanguageVersion;
import no.tavla.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The items' versions in other languages, {@code news_item_language}. */
@Repository
public class LanguageVersionStore {

    private final JdbcTemplate jdbc;

    LanguageVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's versions, in the order of Tavla's languages. */
    public List<LanguageVersion> of(long itemId) {
        List<LanguageVersion> found = jdbc.query("SELECT language, title, lead, body FROM news_item_language"
                + " WHERE item_id = ?", (rs, row) -> {
                    Language language = Language.fromTag(rs.getString(1)).orElse(null);
                    return language == null ? null
                            : new LanguageVersion(language, rs.getString(2), rs.getString(3), rs.getString(4));
                }, itemId);
        return found.stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(LanguageVersion::language)).toList();
    }

    /** Of these items, those that have a version in the language, by item: one statement for a whole list. */
    public java.util.Map<Long, LanguageVersion> in(java.util.Collection<Long> itemIds, Language language) {
        if (itemIds.isEmpty() || language == null) {
            return java.util.Map.of();
        }
        List<Object> arguments = new java.util.ArrayList<>();
        arguments.add(language.tag());
        String in = no.tavla.shared.SqlList.in(itemIds, arguments);
        java.util.Map<Long, LanguageVersion> found = new java.util.HashMap<>();
        jdbc.query("SELECT item_id, title, lead, body FROM news_item_language WHERE language = ? AND item_id IN ("
                + in + ")", rs -> {
                    found.put(rs.getLong(1), new LanguageVersion(language, rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }, arguments.toArray());
        return found;
    }

    public void save(long itemId, LanguageVersion version, String by, Instant at) {
        jdbc.update("INSERT INTO news_item_language (item_id, language, title, lead, body, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE title = VALUES(title),"
                        + " lead = VALUES(lead), body = VALUES(body), updated_by = VALUES(updated_by),"
                        + " updated_at = VALUES(updated_at)", itemId, version.language().tag(), version.title(),
                version.lead().isEmpty() ? null : version.lead(), version.body(), by, Timestamp.from(at));
    }

    /**
     * Takes a version away and marks the item changed, so every instance's search index follows (decision 0027).
     *
     * @return whether there was such a version
     */
    public boolean remove(long itemId, Language language, Instant at) {
        boolean removed = jdbc.update("DELETE FROM news_item_language WHERE item_id = ? AND language = ?", itemId,
                language.tag()) > 0;
        if (removed) {
            jdbc.update("UPDATE news_item SET updated_at = ? WHERE id = ?", Timestamp.from(at), itemId);
        }
        return removed;
    }
}
