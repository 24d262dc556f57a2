package no.tavla.news;

import no.tavla.news.FeedCard;
import no.tavla.news.publishing.PublicNews;
import no.tavla.news.reading.NewsFeed;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.tavla.support.AudienceModel;
import no.tavla.support.AudienceModel.Reader;
import no.tavla.support.MutableClock;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The embargo property: thousands of random items (audiences, release, external release and expiry around both clock
 * changes, withdrawals, drafts, "already public") checked at random instants. Each reader's feed and item pages, and
 * the public channel with its files, hold exactly what the rules allow, compared with a model written here from the
 * rules alone. The seed is printed; replay a failure with {@code -Dtavla.embargo.seed=<seed>}.
 */
@TavlaIntegrationTest
@Import(MutableClock.Configuration.class)
class EmbargoPropertyIT {

    private static final int ITEMS = 2000;
    private static final int INSTANTS = 8;
    private static final Instant SPRING_FORWARD = Instant.parse("2026-03-29T01:00:00Z");
    private static final Instant FALL_BACK = Instant.parse("2026-10-25T01:00:00Z");

    @Autowired
    NewsFeed feed;
    @Autowired
    PublicNews publicNews;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private AudienceModel model;
    private String tag;

    /** An item as generated, the model's view of it. */
    private record Generated(long id, String status, Instant release, Instant external, Instant expiry,
                            boolean whole, List<long[]> audience, boolean managersOnly, Long fileId) {
    }

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "embargo");
        model = new AudienceModel(org);
        tag = org.tag();
    }

    @AfterEach
    void restore() {
        clock.set(Instant.now());
        // the generated items would otherwise fill other tests' feeds (a fifth are for the whole municipality)
        jdbc.update("DELETE FROM news_item WHERE title LIKE ?", "Embargo " + tag + " %");
        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    /** The rules, written from the issue: who may read an item at an instant. */
    private boolean mayRead(Reader reader, Generated item, Instant now, boolean feedOnly) {
        if (!item.status().equals("PUBLISHED") || item.release().isAfter(now)) {
            return false;
        }
        if (feedOnly && item.expiry() != null && !item.expiry().isAfter(now)) {
            return false;
        }
        return model.reaches(reader, item.whole(), item.audience(), item.managersOnly());
    }

    /** The rules for the public: from the external release (never before staff), until expiry or withdrawal. */
    private static boolean isPublic(Generated item, Instant now) {
        return item.status().equals("PUBLISHED") && item.external() != null && !item.external().isAfter(now)
                && !item.release().isAfter(now) && (item.expiry() == null || item.expiry().isAfter(now));
    }

    private Instant around(Random random) {
        Instant base = random.nextBoolean() ? SPRING_FORWARD : FALL_BACK;
        return base.plus(Duration.ofMinutes(random.nextInt(72 * 60) - 36 * 60));
    }

    private List<Generated> generate(Random random) {
        List<String> codes = List.of("A", "B", "C", "D");
        long author = org.personId("kari");
        List<Generated> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            int roll = random.nextInt(10);
            String status = roll < 7 ? "PUBLISHED" : roll == 7 ? "WITHDRAWN" : roll == 8 ? "DRAFT" : "SUBMITTED";
            Instant release = around(random);
            boolean alreadyPublic = random.nextInt(10) == 0;
            Instant external = random.nextBoolean() ? null : alreadyPublic
                    ? release.minus(Duration.ofMinutes(random.nextInt(600)))
                    : release.plus(Duration.ofMinutes(120 + random.nextInt(24 * 60)));
            Instant expiry = random.nextInt(10) < 3 ? release.plus(Duration.ofMinutes(60 + random.nextInt(72 * 60)))
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
                            + " external_release, external_release_at, already_public, status, release_at, expires_at,"
                            + " author_id, created_at, updated_at, version) VALUES (?, '', 'Tekst', ?, 'NORMAL', false,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, NOW(6), NOW(6), 0)", "Embargo " + tag + " " + i,
                    model.unitId("D"), whole, external != null, ts(external), alreadyPublic, status, ts(release),
                    ts(expiry), author);
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
            Long file = null;
            if (random.nextInt(10) == 0) {
                jdbc.update("INSERT INTO news_file (item_id, kind, file_name, media_type, size_bytes, created_by,"
                        + " created_at) VALUES (?, 'ATTACHMENT', 'a.pdf', 'application/pdf', 8, 'test', NOW(6))", id);
                file = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
                jdbc.update("INSERT INTO news_file_part (file_id, part_no, bytes) VALUES (?, 0, ?)", file,
                        "%PDF-1.4".getBytes());
            }
            items.add(new Generated(id, status, release, external, expiry, whole, distinct, managersOnly, file));
        }
        return items;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private void as(Reader reader) {
        ServiceSignIn.as(strategies, reader.subject());
    }

    private Set<Long> feedOf(Set<Long> ours) {
        Set<Long> found = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            List<FeedCard> page = feed.feed(FeedFilter.ALL, offset, 100);
            page.stream().map(FeedCard::id).filter(ours::contains).forEach(found::add);
            if (page.size() < 100) {
                return found;
            }
        }
    }

    @Test
    void everyChannelHoldsExactlyWhatTheRulesAllowAtEveryInstant() {
        long seed = Long.getLong("tavla.embargo.seed", System.nanoTime());
        System.out.println("Embargo property test seed: " + seed + " (replay with -Dtavla.embargo.seed=" + seed + ")");
        Random random = new Random(seed);
        model.unit("A", null);
        model.unit("B", "A");
        model.unit("C", "B");
        model.unit("D", null);
        List<Reader> readers = List.of(model.reader("kari", "C", null, false), model.reader("per", "B", null, true),
                model.reader("ola", "D", "C", false), model.reader("siv", "A", null, false));
        List<Generated> items = generate(random);
        Set<Long> ours = new HashSet<>();
        items.forEach(i -> ours.add(i.id()));

        for (int round = 0; round < INSTANTS; round++) {
            Instant now = around(random);
            clock.set(now);
            String at = "seed " + seed + ", at " + now;
            for (Reader reader : readers) {
                as(reader);
                Set<Long> expected = new HashSet<>();
                items.stream().filter(i -> mayRead(reader, i, now, true)).forEach(i -> expected.add(i.id()));
                assertThat(feedOf(ours)).as(at + ", the feed of " + reader.subject()).isEqualTo(expected);
                for (int k = 0; k < 40; k++) {
                    Generated item = items.get(random.nextInt(items.size()));
                    assertThat(feed.isInAudience(item.id())).as(at + ", " + reader.subject() + " opens " + item)
                            .isEqualTo(mayRead(reader, item, now, false));
                }
            }
            strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
            for (int k = 0; k < 250; k++) {
                Generated item = items.get(random.nextInt(items.size()));
                assertThat(publicNews.item(item.id()).isPresent()).as(at + ", public page of " + item)
                        .isEqualTo(isPublic(item, now));
            }
            items.stream().filter(i -> i.fileId() != null).forEach(item ->
                    assertThat(publicNews.file(item.fileId()).isPresent()).as(at + ", public file of " + item)
                            .isEqualTo(isPublic(item, now)));
            publicNews.latest(100).stream().filter(i -> ours.contains(i.id())).forEach(item ->
                    assertThat(isPublic(items.stream().filter(g -> g.id() == item.id()).findFirst().orElseThrow(), now))
                            .as(at + ", the public feed holds " + item.id()).isTrue());
        }
    }
}
