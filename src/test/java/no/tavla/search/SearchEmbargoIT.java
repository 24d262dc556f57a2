package no.tavla.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.tavla.news.FeedCard;
import no.tavla.shared.Language;
import no.tavla.support.AudienceModel;
import no.tavla.support.AudienceModel.Reader;
import no.tavla.support.MutableClock;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The embargo property for search, with the embargo test's model ({@link AudienceModel}): random items (audiences with and without the
 * units below, managers only, releases, expiries, withdrawn, drafts and submitted ones) all carrying the same word,
 * searched for by four readers at random instants. A search finds exactly what the model lets the reader read: never
 * an item outside its audience, before its release or (without the archive) after its expiry, never a draft. The
 * seed is printed; replay with {@code -Dtavla.search.seed=<seed>}.
 */
@TavlaIntegrationTest
@Import(MutableClock.Configuration.class)
class SearchEmbargoIT {

    private static final int ITEMS = 250;
    private static final int INSTANTS = 6;

    @Autowired
    Search search;
    @Autowired
    IndexKeeper keeper;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation made;
    private AudienceModel model;

    private record Generated(long id, String status, Instant release, Instant expiry, boolean whole,
                             List<long[]> audience, boolean managersOnly) {
    }

    @AfterEach
    void restore() {
        clock.set(Instant.now());
        if (made != null) {
            jdbc.update("DELETE FROM news_item WHERE title LIKE ?", "Embargo " + made.tag() + " %");
        }
        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    /** The rules, as in the embargo test: who may read an item at an instant. */
    private boolean mayRead(Reader reader, Generated item, Instant now, boolean feedOnly) {
        if (!item.status().equals("PUBLISHED") || item.release().isAfter(now)) {
            return false;
        }
        if (feedOnly && item.expiry() != null && !item.expiry().isAfter(now)) {
            return false;
        }
        return model.reaches(reader, item.whole(), item.audience(), item.managersOnly());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private List<Generated> generate(Random random, Instant base) {
        List<String> codes = List.of("A", "B", "C", "D");
        long author = made.personId("kari");
        List<Generated> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            int roll = random.nextInt(10);
            String status = roll < 7 ? "PUBLISHED" : roll == 7 ? "WITHDRAWN" : roll == 8 ? "DRAFT" : "SUBMITTED";
            Instant release = base.plus(Duration.ofMinutes(random.nextInt(48 * 60) - 24 * 60));
            Instant expiry = random.nextInt(10) < 3 ? release.plus(Duration.ofMinutes(60 + random.nextInt(24 * 60)))
                    : null;
            boolean whole = random.nextInt(5) == 0;
            List<long[]> audience = new ArrayList<>();
            if (!whole) {
                for (int u = 0; u <= random.nextInt(2); u++) {
                    audience.add(new long[] {model.unitId(codes.get(random.nextInt(codes.size()))), random.nextInt(2)});
                }
            }
            boolean managersOnly = random.nextInt(5) == 0;
            jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                            + " external_release, status, release_at, expires_at, author_id, created_at, updated_at,"
                            + " version) VALUES (?, '', ?, ?, 'NORMAL', false, ?, false, ?, ?, ?, ?, NOW(6), NOW(6), 0)",
                    "Embargo " + made.tag() + " " + i, "Vaktplanen for " + made.tag() + " i uke " + i, model.unitId("D"),
                    whole, status, ts(release), ts(expiry), author);
            long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            Set<Long> seen = new HashSet<>();
            List<long[]> distinct = new ArrayList<>();
            for (long[] a : audience) {
                if (seen.add(a[0])) {
                    jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) VALUES (?, ?, ?)",
                            id, a[0], a[1] == 1);
                    distinct.add(a);
                }
            }
            if (managersOnly) {
                jdbc.update("INSERT INTO news_audience_role (item_id, role) VALUES (?, 'MANAGER')", id);
            }
            items.add(new Generated(id, status, release, expiry, whole, distinct, managersOnly));
        }
        return items;
    }

    private Set<Long> found(String words, boolean archive) {
        Search.Results results = search.search(new Search.Request(words, Search.Among.ITEMS, null, null,
                Search.Since.ANY, archive, Search.Order.RELEVANCE, false), Language.BOKMAAL, Search.MAX_SHOWN);
        Set<Long> ids = new HashSet<>();
        results.items().stream().map(FeedCard::id).forEach(ids::add);
        return ids;
    }

    @Test
    void aSearchFindsExactlyWhatTheReaderMayReadAtEveryInstant() {
        made = new TestOrganisation(jdbc, "search");
        model = new AudienceModel(made);
        long seed = Long.getLong("tavla.search.seed", System.nanoTime());
        System.out.println("Search embargo test seed: " + seed + " (replay with -Dtavla.search.seed=" + seed + ")");
        Random random = new Random(seed);
        model.unit("A", null);
        model.unit("B", "A");
        model.unit("C", "B");
        model.unit("D", null);
        List<Reader> readers = List.of(model.reader("kari", "C", null, false), model.reader("per", "B", null, true),
                model.reader("ola", "D", "C", false), model.reader("siv", "A", null, false));
        Instant base = Instant.parse("2026-10-25T01:00:00Z");
        List<Generated> items = generate(random, base);
        SearchIndexing.followNow(keeper);

        for (int round = 0; round < INSTANTS; round++) {
            Instant now = base.plus(Duration.ofMinutes(random.nextInt(60 * 60) - 30 * 60));
            clock.set(now);
            for (Reader reader : readers) {
                ServiceSignIn.as(strategies, reader.subject());
                for (boolean archive : new boolean[] {false, true}) {
                    Set<Long> allowed = new HashSet<>();
                    items.stream().filter(i -> mayRead(reader, i, now, !archive)).forEach(i -> allowed.add(i.id()));
                    String at = "seed " + seed + ", at " + now + ", " + reader.subject() + (archive ? ", archive" : "");
                    Set<Long> found = found(made.tag(), archive);
                    assertThat(allowed).as(at + ": all found may be read").containsAll(found);
                    assertThat(found).as(at + ": as many as may be read, up to a page")
                            .hasSize(Math.min(allowed.size(), Search.MAX_SHOWN));
                }
            }
        }
    }
}
