package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The municipality's own word lists for the writing hints, per language, in the order written. */
@Repository
public class WordListStore {

    private final JdbcTemplate jdbc;

    WordListStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every language's own list; a language without rows is not in the answer. */
    public Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        jdbc.query("SELECT language, word, plainer FROM writing_word ORDER BY language, position, id",
                (java.sql.ResultSet rs) -> {
                    lists.computeIfAbsent(rs.getString(1), language -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        return lists;
    }

    /** Replaces the language's list (empty: back to the default). */
    public void replace(String language, List<Map.Entry<String, String>> words, String by, Instant at) {
        jdbc.update("DELETE FROM writing_word WHERE language = ?", language);
        int position = 0;
        for (Map.Entry<String, String> word : words) {
            jdbc.update("INSERT INTO writing_word (language, position, word, plainer, updated_by, updated_at) VALUES"
                    + " (?, ?, ?, ?, ?, ?)", language, position++, word.getKey(), word.getValue(), by,
                    Timestamp.from(at));
        }
    }
}
