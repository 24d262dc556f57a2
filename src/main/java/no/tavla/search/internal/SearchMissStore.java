package no.tavla.search.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The searches that found nothing: words and a count per week, nothing about who searched. */
@Repository
public class SearchMissStore {

    /** One week's count of one search. */
    public record Miss(LocalDate weekStart, String words, int times) {
    }

    private final JdbcTemplate jdbc;

    SearchMissStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more miss of these words in the week. */
    public void count(LocalDate weekStart, String words) {
        jdbc.update("INSERT INTO search_miss (week_start, words, times) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE times = times + 1", Date.valueOf(weekStart), words);
    }

    /** The most frequent misses of each week from the first one on, most frequent first, at most this many a week. */
    public List<Miss> since(LocalDate firstWeek, int perWeek) {
        return jdbc.query("SELECT week_start, words, times FROM (SELECT week_start, words, times, ROW_NUMBER() OVER"
                        + " (PARTITION BY week_start ORDER BY times DESC, words) AS place FROM search_miss"
                        + " WHERE week_start >= ?) m WHERE place <= ? ORDER BY week_start DESC, times DESC, words",
                (rs, row) -> new Miss(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3)),
                Date.valueOf(firstWeek), perWeek);
    }

    /** Forgets the weeks before this one. */
    public int forgetBefore(LocalDate weekStart) {
        return jdbc.update("DELETE FROM search_miss WHERE week_start < ?", Date.valueOf(weekStart));
    }
}
