package no.tavla.news;

import no.tavla.news.FeedCard;
import no.tavla.news.files.ItemFiles;
import no.tavla.news.reading.Comments;
import no.tavla.news.reading.NewsFeed;
import no.tavla.news.reading.ReadRetention;
import no.tavla.news.writing.Announcements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.Audiences;
import no.tavla.organisation.Role;
import no.tavla.shared.Refusal;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Announcements on real MariaDB in a small organisation of their own: a sector with a unit and a department below it,
 * and another unit. The workflow per role, audience resolution, reading and confirming, comments and retention.
 */
@TavlaIntegrationTest
class NewsIT {

    @Autowired
    Announcements announcements;
    @Autowired
    no.tavla.news.writing.Corrections corrections;
    @Autowired
    NewsFeed feed;
    @Autowired
    Comments comments;
    @Autowired
    ReadRetention retention;
    @Autowired
    ItemFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private String tag;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "news");
        tag = org.tag();
        org.unit("S");
        org.unit("U", "S");
        org.unit("D", "U");
        org.unit("O");
        org.person("editor", "U").role("EDITOR", "U");
        org.person("manager", "U").role("MANAGER", "U");
        org.person("worker", "D").withoutComputer();
        org.person("other", "O");
        org.person("comms", "O").role("COMMUNICATIONS", null);
    }

    @AfterEach
    void signOut() {
        contexts().clearContext();
    }

    private SecurityContextHolderStrategy contexts() {
        return strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    private void as(String name) {
        if (name.equals("comms")) {
            ServiceSignIn.as(strategies, org.subject(name), "COMMUNICATIONS");
        } else {
            ServiceSignIn.as(strategies, org.subject(name));
        }
    }

    private ItemDraft draft(String title, Audience audience, ItemKind kind) {
        return ItemDraft.of(title, "Ingress", "Tekst med **fet** skrift", org.unitId("U"), null, kind,
                kind == ItemKind.IMPORTANT ? Instant.now().plus(Duration.ofDays(3)) : null, true, audience, null,
                null, null);
    }

    private List<String> feedTitles(String name) {
        as(name);
        return feed.feed(FeedFilter.ALL, 0, 100).stream().map(FeedCard::title).toList();
    }

    private long published(String title, Audience audience, ItemKind kind) {
        as("editor");
        long id = announcements.create(draft(title, audience, kind));
        announcements.publish(id);
        return id;
    }

    /** A must-read item's deadline to confirm by: kept only for must-read items, with time to confirm, before expiry. */
    @Test
    void aDeadlineToConfirmByLeavesTimeToConfirmAndBelongsOnlyToMustReadItems() {
        as("editor");
        Audience unit = Audience.units(new AudienceUnit(org.unitId("U"), true));
        ItemDraft must = draft("Frist " + tag, unit, ItemKind.MUST_READ);
        Instant inTwoDays = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long id = announcements.create(withDeadline(must, Instant.now().plus(Duration.ofMinutes(30)), null));
        assertThatThrownBy(() -> announcements.publish(id)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("news.confirm-by.too-soon");
        announcements.save(id, withDeadline(must, inTwoDays, Instant.now().plus(Duration.ofDays(1))));
        assertThatThrownBy(() -> announcements.publish(id)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("news.confirm-by.after-expiry");
        announcements.save(id, withDeadline(must, inTwoDays, null));
        announcements.publish(id);
        as("worker");
        assertThat(feed.open(id)).get().extracting(e -> e.item().confirmBy()).isEqualTo(inTwoDays);

        as("editor");
        long normal = announcements.create(withDeadline(draft("Ingen frist " + tag, unit, ItemKind.NORMAL),
                inTwoDays, null));
        assertThat(announcements.forEditing(normal).confirmBy()).as("only a must-read item has one")
                .isNull();
    }

    private static ItemDraft withDeadline(ItemDraft draft, Instant confirmBy, Instant expiresAt) {
        return new ItemDraft(draft.title(), draft.lead(), draft.body(), draft.unitId(), draft.contactPersonId(),
                draft.kind(), draft.pinnedUntil(), draft.commentsEnabled(), draft.audience(), draft.releaseAt(),
                expiresAt, draft.externalReleaseAt(), confirmBy, draft.language());
    }

    @Test
    void aNewItemBelongsToTheEditorsOwnUnitAndTheyWriteOnlyForUnitsTheyMay() {
        as("editor");
        Announcements.WritingUnits units = announcements.writingUnits();
        assertThat(units.own()).map(no.tavla.organisation.UnitTreeEntry::id).contains(org.unitId("U"));
        assertThat(units.writable()).extracting(no.tavla.organisation.UnitTreeEntry::id)
                .contains(org.unitId("U")).doesNotContain(org.unitId("O"));
        assertThat(units.active()).extracting(no.tavla.organisation.UnitTreeEntry::id).contains(org.unitId("O"));
        as("worker");
        assertThat(announcements.writingUnits().writable()).isEmpty();
        assertThat(announcements.writingUnits().own()).isEmpty();
    }

    @Test
    void anEditorPublishesWithinTheirUnitAndOnlyTheAudienceSeesIt() {
        long id = published("Vaktbytte " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        assertThat(feedTitles("worker")).contains("Vaktbytte " + tag);
        assertThat(feedTitles("other")).doesNotContain("Vaktbytte " + tag);
        as("other");
        assertThat(feed.open(id)).as("not by its address either").isEmpty();
        assertThat(feed.unitItems(org.unitId("U"), 10, no.tavla.shared.Language.BOKMAAL)).isEmpty();
        as("worker");
        assertThat(feed.unitItems(org.unitId("U"), 10, no.tavla.shared.Language.BOKMAAL)).extracting(FeedCard::title).contains("Vaktbytte " + tag);
    }

    @Test
    void withoutSubUnitsTheDepartmentBelowIsNotReached() {
        published("Bare enheten " + tag, Audience.units(new AudienceUnit(org.unitId("U"), false)), ItemKind.NORMAL);
        assertThat(feedTitles("manager")).contains("Bare enheten " + tag);
        assertThat(feedTitles("worker")).doesNotContain("Bare enheten " + tag);
    }

    @Test
    void anAudienceNarrowedToManagersReachesOnlyManagers() {
        as("editor");
        Audience managers = new Audience(false, List.of(new AudienceUnit(org.unitId("U"), true)), Set.of(Role.MANAGER));
        Audiences.Size size = announcements.audienceSize(managers);
        assertThat(size.people()).isEqualTo(1);
        long id = announcements.create(draft("Til lederne " + tag, managers, ItemKind.NORMAL));
        announcements.publish(id);
        assertThat(feedTitles("manager")).contains("Til lederne " + tag);
        assertThat(feedTitles("editor")).doesNotContain("Til lederne " + tag);
        assertThat(feedTitles("worker")).doesNotContain("Til lederne " + tag);
    }

    @Test
    void theWriterSeesTheAudienceSizeAndThoseWithoutAComputer() {
        as("editor");
        Audiences.Size size = announcements.audienceSize(Audience.units(new AudienceUnit(org.unitId("S"), true)));
        assertThat(size.people()).isEqualTo(3);
        assertThat(size.withoutComputer()).isEqualTo(1);
    }

    @Test
    void someoneWhoMovesUnitsMovesWithTheAudience() {
        published("For enheten " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        assertThat(feedTitles("other")).doesNotContain("For enheten " + tag);
        jdbc.update("UPDATE person SET primary_unit_id = ? WHERE id = ?", org.unitId("D"), org.personId("other"));
        assertThat(feedTitles("other")).contains("For enheten " + tag);
        jdbc.update("UPDATE person SET primary_unit_id = ? WHERE id = ?", org.unitId("O"), org.personId("worker"));
        assertThat(feedTitles("worker")).doesNotContain("For enheten " + tag);
    }

    @Test
    void anythingOrganisationWideGoesThroughCommunications() {
        as("editor");
        long id = announcements.create(draft("Til alle " + tag, Audience.everyone(), ItemKind.NORMAL));
        assertThat(announcements.mayPublishDirectly(id)).isFalse();
        assertThatThrownBy(() -> announcements.publish(id)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("news.publish.needs-approval");
        announcements.submit(id);
        assertThatThrownBy(() -> announcements.approve(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(feedTitles("other")).doesNotContain("Til alle " + tag);

        as("comms");
        assertThat(announcements.desk()).extracting(Item::id).contains(id);
        assertThatThrownBy(() -> announcements.returnToWriter(id, " ")).isInstanceOf(Refusal.class);
        announcements.returnToWriter(id, "Skriv en tydeligere tittel");
        as("editor");
        announcements.save(id, draft("Til alle ansatte " + tag, Audience.everyone(), ItemKind.NORMAL));
        announcements.submit(id);
        as("comms");
        announcements.approve(id);
        assertThat(feedTitles("other")).contains("Til alle ansatte " + tag);
        assertThat(feedTitles("worker")).contains("Til alle ansatte " + tag);
        as("editor");
        assertThat(announcements.history(id)).extracting(ItemEvent::step)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(announcements.history(id)).filteredOn(e -> e.step().equals("RETURNED")).singleElement()
                .extracting(ItemEvent::reason).isEqualTo("Skriv en tydeligere tittel");
    }

    @Test
    void beyondTheirUnitsOrForThePublicAnEditorMustSubmit() {
        as("editor");
        long beyond = announcements.create(draft("Nabo " + tag, Audience.units(new AudienceUnit(org.unitId("O"), false)),
                ItemKind.NORMAL));
        assertThatThrownBy(() -> announcements.publish(beyond)).isInstanceOf(Refusal.class);
        ItemDraft external = ItemDraft.of("Ut " + tag, "", "Tekst", org.unitId("U"), null, ItemKind.NORMAL, null,
                false, Audience.units(new AudienceUnit(org.unitId("U"), true)), null, null, Instant.now().plus(java.time.Duration.ofDays(3)));
        long out = announcements.create(external);
        assertThatThrownBy(() -> announcements.publish(out)).isInstanceOf(Refusal.class);
    }

    @Test
    void employeesAndManagersDoNotWriteAndOthersCannotTouchADraft() {
        as("worker");
        assertThatThrownBy(() -> announcements.create(draft("Nei", Audience.everyone(), ItemKind.NORMAL)))
                .isInstanceOf(AccessDeniedException.class);
        as("manager");
        assertThatThrownBy(() -> announcements.create(draft("Nei", Audience.everyone(), ItemKind.NORMAL)))
                .isInstanceOf(AccessDeniedException.class);
        as("editor");
        long id = announcements.create(draft("Utkast " + tag, Audience.everyone(), ItemKind.NORMAL));
        as("worker");
        assertThatThrownBy(() -> announcements.save(id, draft("Kapret", Audience.everyone(), ItemKind.NORMAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(feed.open(id)).as("a draft is nobody's reading").isEmpty();
    }

    @Test
    void aScheduledItemIsInvisibleUntilItsTime() {
        as("editor");
        ItemDraft later = ItemDraft.of("Senere " + tag, "", "Tekst", org.unitId("U"), null, ItemKind.NORMAL, null,
                false, Audience.units(new AudienceUnit(org.unitId("U"), true)), Instant.now().plus(Duration.ofDays(2)),
                null, null);
        long id = announcements.create(later);
        announcements.publish(id);
        assertThat(announcements.history(id)).extracting(ItemEvent::step).contains("PUBLISHED_SCHEDULED");
        assertThat(feedTitles("worker")).doesNotContain("Senere " + tag);
        as("worker");
        assertThat(feed.open(id)).isEmpty();
        jdbc.update("UPDATE news_item SET release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), id);
        assertThat(feedTitles("worker")).contains("Senere " + tag);
    }

    @Test
    void aFeedIsCountedExactlyUpToTheCeilingAndAsMoreBeyondIt() {
        long unit = org.unitId("U");
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                + " external_release, status, release_at, released_done_at, author_id, created_at, updated_at, version)"
                + " SELECT CONCAT('Mange ', ?, ' ', s.seq), '', 'Tekst', ?, 'MUST_READ', false, false, false,"
                + " 'PUBLISHED', NOW(6) - INTERVAL s.seq MINUTE, NOW(6), ?, NOW(6), NOW(6), 0 FROM seq_1_to_"
                + (NewsFeed.COUNT_CEILING + 5) + " s", tag, unit, org.personId("editor"));
        jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id, include_sub_units) SELECT id, ?, true"
                + " FROM news_item WHERE title LIKE ?", unit, "Mange " + tag + " %");
        as("worker");
        assertThat(feed.count(FeedFilter.ALL)).as("more than the ceiling").isEqualTo(NewsFeed.COUNT_CEILING + 1);
        as("other");
        assertThat(feed.feed(FeedFilter.ALL, 0, 100)).extracting(FeedCard::title)
                .noneMatch(title -> title.startsWith("Mange " + tag));
        jdbc.update("UPDATE news_item SET status = 'WITHDRAWN' WHERE title LIKE ?"
                + " AND CAST(SUBSTRING_INDEX(title, ' ', -1) AS INTEGER) > 3", "Mange " + tag + " %");
        as("worker");
        assertThat(feed.feed(FeedFilter.UNCONFIRMED, 0, 100)).extracting(FeedCard::title)
                .filteredOn(title -> title.startsWith("Mange " + tag)).hasSize(3);
    }

    @Test
    void mustReadIsConfirmedCountedAndASignificantCorrectionAsksAgain() {
        long id = published("Ny rutine " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)),
                ItemKind.MUST_READ);
        as("worker");
        assertThat(feed.feed(FeedFilter.UNCONFIRMED, 0, 100)).extracting(FeedCard::id).contains(id);
        assertThat(feed.open(id)).get().extracting(FeedEntry::unread).isEqualTo(true);
        feed.confirm(id);
        feed.confirm(id);
        assertThat(feed.feed(FeedFilter.UNCONFIRMED, 0, 100)).extracting(FeedCard::id).doesNotContain(id);
        as("manager");
        feed.open(id);
        assertThat(feed.counts(id)).isEqualTo(new ReadCounts(3, 1, 2, 1));
        assertThat(feed.notConfirmed(id)).extracting(Audiences.Member::name).containsExactlyInAnyOrder(
                org.personName("editor"), org.personName("manager"));

        as("editor");
        corrections.correct(id, draft("Ny rutine " + tag, Audience.everyone(), ItemKind.MUST_READ), false, "skrivefeil");
        assertThat(feed.counts(id).confirmed()).as("a minor correction disturbs nobody").isEqualTo(1);
        corrections.correct(id, draft("Ny rutine, endret " + tag, Audience.everyone(), ItemKind.MUST_READ), true,
                "nytt telefonnummer");
        assertThat(feed.counts(id).confirmed()).isZero();
        assertThat(announcements.versions(id)).hasSize(2).first().extracting(ItemVersion::significant).isEqualTo(true);
        as("worker");
        assertThat(feed.feed(FeedFilter.UNCONFIRMED, 0, 100)).extracting(FeedCard::id).contains(id);
        assertThat(feed.open(id)).get().extracting(e -> e.item().audience().wholeMunicipality())
                .as("a correction does not widen the audience").isEqualTo(false);

        as("worker");
        assertThatThrownBy(() -> feed.counts(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feed.notConfirmed(id)).isInstanceOf(AccessDeniedException.class);
        as("other");
        assertThatThrownBy(() -> feed.confirm(id)).isInstanceOf(Refusal.class);
    }

    @Test
    void readingRowsAreDeletedAfterTheRetentionPeriodButTheCountsRemain() {
        long id = published("Gammel " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.MUST_READ);
        as("worker");
        feed.open(id);
        feed.confirm(id);
        jdbc.update("UPDATE news_read SET seen_at = ? WHERE item_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(181))), id);
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM news_read WHERE item_id = ?", Integer.class, id)).isZero();
        as("editor");
        assertThat(feed.counts(id).seen()).isEqualTo(1);
        assertThat(feed.counts(id).confirmed()).isEqualTo(1);
    }

    @Test
    void commentsArePlainLimitedAndHiddenWithAReason() {
        long id = published("Prat " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        as("worker");
        comments.add(id, "  Se https://kommune.no/vakt  ");
        assertThatThrownBy(() -> comments.add(id, " ")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> comments.add(id, "x".repeat(1001))).isInstanceOf(Refusal.class);
        long comment = comments.of(id).get(0).id();
        assertThatThrownBy(() -> comments.hide(comment, "nei")).isInstanceOf(AccessDeniedException.class);
        as("other");
        assertThatThrownBy(() -> comments.add(id, "hei")).isInstanceOf(Refusal.class);
        as("editor");
        assertThatThrownBy(() -> comments.hide(comment, "")).isInstanceOf(Refusal.class);
        comments.hide(comment, "Personopplysninger");
        assertThat(comments.of(id)).singleElement().extracting(Comment::hiddenReason).isEqualTo("Personopplysninger");
    }

    @Test
    void anImportantItemIsPinnedAboveNewerOnes() {
        long important = published("Viktig " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)),
                ItemKind.IMPORTANT);
        published("Nyere " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        as("worker");
        List<FeedCard> entries = feed.feed(FeedFilter.ALL, 0, 100);
        assertThat(entries.get(0).id()).isEqualTo(important);
        assertThat(entries.get(0).pinned()).isTrue();
    }

    @Test
    void withdrawnItemsDisappearAndTheReasonIsKept() {
        long id = published("Feil " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        as("editor");
        assertThatThrownBy(() -> announcements.withdraw(id, "")).isInstanceOf(Refusal.class);
        announcements.withdraw(id, "Sendt ved en feil");
        assertThat(feedTitles("worker")).doesNotContain("Feil " + tag);
        as("editor");
        assertThat(announcements.history(id)).extracting(ItemEvent::reason).contains("Sendt ved en feil");
    }

    @Test
    void imagesNeedAltTextAndFilesReachOnlyTheAudience() throws Exception {
        long id = published("Med vedlegg " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)),
                ItemKind.NORMAL);
        byte[] png = no.tavla.news.files.FileChecksTest.image("png", 12, 12);
        as("editor");
        assertThatThrownBy(() -> files.addImage(id, "kart.png", png, " ")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("files.alt.required");
        assertThatThrownBy(() -> files.addImage(id, "kart.png", "<svg/onload=alert(1)>".getBytes(), "Kart"))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo("files.image.type");
        assertThatThrownBy(() -> files.addAttachment(id, "rutine.pdf", "MZ program".getBytes()))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo("files.attachment.type");
        assertThatThrownBy(() -> files.addAttachment(id, "stor.pdf", new byte[ItemFiles.MAX_ATTACHMENT_BYTES + 1]))
                .isInstanceOf(Refusal.class);
        ItemFile image = files.addImage(id, "C:\\bilder\\kart.webp.png", png, "Kart over parkeringen");
        byte[] pdf = new byte[5 * 1024 * 1024]; // more than one stored part
        System.arraycopy("%PDF-1.7".getBytes(), 0, pdf, 0, 8);
        pdf[pdf.length - 1] = 42;
        ItemFile attachment = files.addAttachment(id, "rutine.pdf", pdf);
        files.addAttachment(id, "skannet.pdf", no.tavla.news.files.FileChecksTest.pdf(null, false));
        files.addAttachment(id, "utkast.pdf", no.tavla.news.files.FileChecksTest.pdf("Utkast", false));
        files.addAttachment(id, "tilgjengelig.pdf", no.tavla.news.files.FileChecksTest.pdf("Rutine", true));
        assertThat(files.pdfProblems(id)).as("a screen reader cannot use them; the broken one says nothing")
                .containsExactly(new ItemFiles.PdfProblem("skannet.pdf", true),
                        new ItemFiles.PdfProblem("utkast.pdf", false));
        assertThat(image.fileName()).isEqualTo("kart.webp.png");
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");

        as("worker");
        assertThat(files.of(id)).extracting(ItemFile::id).startsWith(image.id(), attachment.id());
        assertThat(files.content(attachment.id())).get().extracting(ItemFiles.Content::bytes).isEqualTo(pdf);
        assertThatThrownBy(() -> files.remove(image.id())).isInstanceOf(AccessDeniedException.class);
        as("other");
        assertThat(files.content(attachment.id())).as("outside the audience it does not exist").isEmpty();
        assertThat(files.content(image.id())).isEmpty();
        contexts().clearContext();
        assertThat(files.content(image.id())).isEmpty();
    }

    @Test
    void anExpiredItemLeavesTheFeedForTheArchiveAndTheWriterIsTheContact() {
        long id = published("Utløper " + tag, Audience.units(new AudienceUnit(org.unitId("U"), true)), ItemKind.NORMAL);
        as("worker");
        assertThat(feed.open(id)).get().extracting(e -> e.item().contactName()).isEqualTo(org.personName("editor"));
        jdbc.update("UPDATE news_item SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), id);
        assertThat(feed.feed(FeedFilter.ALL, 0, 100)).extracting(FeedCard::id).doesNotContain(id);
        assertThat(feed.feed(FeedFilter.ARCHIVE, 0, 100)).extracting(FeedCard::id).contains(id);
        assertThat(feed.count(FeedFilter.ARCHIVE)).isPositive();
        assertThat(feed.open(id)).as("still readable from the archive").isPresent();
        as("other");
        assertThat(feed.feed(FeedFilter.ARCHIVE, 0, 100)).extracting(FeedCard::id).doesNotContain(id);
    }

    @Test
    void theContactMustBeSomeoneWhoWorksHere() {
        as("editor");
        long id = announcements.create(draft("Kontakt " + tag, Audience.everyone(), ItemKind.NORMAL));
        ItemDraft named = ItemDraft.of("Kontakt " + tag, "", "Tekst", org.unitId("U"), org.personId("manager"),
                ItemKind.NORMAL, null, false, Audience.everyone(), null, null, null);
        announcements.save(id, named);
        assertThat(announcements.forEditing(id).contactName()).isEqualTo(org.personName("manager"));
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE id = ?", org.personId("other"));
        ItemDraft gone = ItemDraft.of("Kontakt " + tag, "", "Tekst", org.unitId("U"), org.personId("other"),
                ItemKind.NORMAL, null, false, Audience.everyone(), null, null, null);
        assertThatThrownBy(() -> announcements.save(id, gone)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("news.contact.unknown");
        announcements.save(id, draft("Kontakt " + tag, Audience.everyone(), ItemKind.NORMAL));
        assertThat(announcements.forEditing(id).contactName()).as("empty means the writer").isEqualTo(org.personName("editor"));
    }
}
