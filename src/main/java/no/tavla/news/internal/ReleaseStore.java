package no.tavla.news.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The release markers: when the side effects of an item's internal release ({@code released_done_at}) and of its
 * external one ({@code external_done_at}) were run. A marker is claimed by a conditional update, so only one run on
 * any instance sets it.
 */
@Repository
public class ReleaseStore {

    /** Which release of an item. */
    public enum Release {
        INTERNAL("released_done_at", "release_at"), EXTERNAL("external_done_at", "external_release_at");

        private final String marker;
        private final String time;

        Release(String marker, String time) {
            this.marker = marker;
            this.time = time;
        }
    }

    private final JdbcTemplate jdbc;

    ReleaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Items whose release is due in {@code [since, now]} and whose side effects have not run, oldest first. */
    public List<Long> due(Release release, Instant since, Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM news_item WHERE status = 'PUBLISHED' AND " + release.time
                + " <= ? AND " + release.time + " >= ? AND " + release.marker + " IS NULL ORDER BY " + release.time
                + " LIMIT ?", Long.class, Timestamp.from(now), Timestamp.from(since), limit);
    }

    /** @return whether this run claimed the release (false: another run had it already) */
    public boolean claim(Release release, long itemId, Instant now) {
        return jdbc.update("UPDATE news_item SET " + release.marker + " = ? WHERE id = ? AND " + release.marker
                + " IS NULL", Timestamp.from(now), itemId) == 1;
    }

    /**
     * Marks every release older than {@code before} whose side effects never ran as done, without running them: news
     * that old is no longer news to announce (one statement).
     *
     * @return how many were marked
     */
    public int settleOlderThan(Release release, Instant before, Instant now) {
        return jdbc.update("UPDATE news_item SET " + release.marker + " = ? WHERE status = 'PUBLISHED' AND "
                + release.time + " < ? AND " + release.marker + " IS NULL", Timestamp.from(now),
                Timestamp.from(before));
    }
}
