package no.tavla.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.tavla.shared.Language;
import no.tavla.access.ApiTokens;
import no.tavla.news.writing.Announcements;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.Role;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.support.PdfUa;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TestOrganisation;
import no.tavla.support.TavlaIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Reach across channels on real MariaDB, in an organisation of its own: a sector with units A and B, each with a
 * manager, staff with and without a PC, an editor and communications. Paper and meeting confirmations flow into reach;
 * names go only to the people's own managers; sign-off sheets, batches and staff-room screens.
 */
@TavlaIntegrationTest
class ReachIT {

    private static final java.util.Locale NB = Language.BOKMAAL.locale();

    @Autowired
    Reach reach;
    @Autowired
    Notices notices;
    @Autowired
    Kiosks kiosks;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    Announcements announcements;
    @Autowired
    no.tavla.news.writing.Corrections corrections;
    @Autowired
    NewsFeed feed;
    @Autowired
    no.tavla.news.writing.LanguageVersions versions;
    @Autowired
    ReachRetention retention;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private String tag;
    private LocalDate today;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "reach");
        tag = org.tag();
        org.unit("S");
        org.unit("A", "S");
        org.unit("B", "S");
        org.unit("O");
        org.person("editor", "S").role("EDITOR", "S");
        org.person("managerA", "A").role("MANAGER", "A");
        org.person("a1", "A").withoutComputer();
        org.person("a2", "A").withoutComputer();
        org.person("a3", "A");
        org.person("a4", "A").withoutComputer();
        org.person("managerB", "B").role("MANAGER", "B");
        org.person("b1", "B").withoutComputer();
        org.person("comms", "O").role("COMMUNICATIONS", null);
        today = LocalDate.now(TavlaTime.ZONE);
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(strategies);
    }

    private void as(String name) {
        ServiceSignIn.as(strategies, org.subject(name));
    }

    private String name(String who) {
        return org.personName(who);
    }

    private long published(String title, ItemKind kind, Audience audience) {
        as("editor");
        long id = announcements.create(ItemDraft.of(title + " " + tag, "Ingress", "## Hva\n\nTekst", org.unitId("S"),
                null, kind, kind == ItemKind.IMPORTANT ? java.time.Instant.now().plusSeconds(86_400) : null, false,
                audience, null, null, null));
        announcements.publish(id);
        return id;
    }

    private long mustRead() {
        return published("Ny rutine", ItemKind.MUST_READ, Audience.units(new AudienceUnit(org.unitId("S"), true)));
    }

    /** The CSV texts in bokmål, as the view would give them. */
    private java.util.function.Function<String, String> bokmaal() {
        return key -> i18n.getTranslation(key, java.util.Locale.forLanguageTag("nb"));
    }

    private Set<Long> ids(String... names) {
        return java.util.Arrays.stream(names).map(org::personId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void paperAndMeetingConfirmationsFlowIntoReachUntilEveryoneIsReached() {
        long id = mustRead();
        as("a3");
        feed.open(id);
        feed.confirm(id);
        as("a1");
        feed.open(id);

        as("managerA");
        ItemReach mine = reach.itemReach(id);
        assertThat(mine.people()).extracting(PersonReach::name)
                .containsExactlyInAnyOrder(name("managerA"), name("a1"), name("a2"), name("a3"), name("a4"));
        assertThat(mine.total()).isEqualTo(new ReachFigures(null, null, 5, 3, 2, 1, 0, 0, 4));
        reach.recordPaper(id, today, ids("a1", "a2"));
        reach.recordMeeting(id, today, "Personalmøte", ids("a4", "managerA"));
        mine = reach.itemReach(id);
        assertThat(mine.total()).isEqualTo(new ReachFigures(null, null, 5, 3, 2, 1, 2, 2, 0));
        assertThat(mine.total().percent()).isEqualTo(100);
        assertThat(mine.units()).singleElement().extracting(ReachFigures::percent).isEqualTo(100);
        assertThat(mine.people()).filteredOn(p -> p.name().equals(name("a1"))).singleElement()
                .extracting(PersonReach::reachedBy).isEqualTo(Channel.PAPER);
        assertThat(mine.meetings()).singleElement().extracting(Meeting::attendees, Meeting::note)
                .containsExactly(2, "Personalmøte");

        UnitReport unit = reach.unitReport(org.unitId("A"), 8);
        assertThat(unit.items()).filteredOn(r -> r.item().id() == id).singleElement()
                .extracting(r -> r.figures().percent()).isEqualTo(100);
        assertThat(unit.trend()).hasSize(8);
        assertThat(unit.trend().getLast().items()).as("this week's must-read items").isPositive();
        assertThat(unit.trend().getLast().reached()).isGreaterThanOrEqualTo(5);

        as("comms");
        ItemReach whole = reach.itemReach(id);
        assertThat(whole.people()).as("communications sees numbers, not names").isEmpty();
        assertThat(whole.followsUpStaff()).isFalse();
        assertThat(whole.total()).isEqualTo(new ReachFigures(null, null, 8, 4, 2, 1, 2, 2, 3));
        assertThat(whole.units()).extracting(ReachFigures::label)
                .containsExactly("Enhet A " + tag, "Enhet B " + tag, "Enhet S " + tag);
        assertThat(reach.itemCsv(id, bokmaal())).contains("Enhet A " + tag + ";5;3;2;1;2;2;0;100", "Totalt;8;4;2;1;2;2;3;62")
                .doesNotContain(name("a1"));
        assertThat(reach.unitCsv(org.unitId("A"), 8, bokmaal()))
                .startsWith("Saksnummer;Publisert;Type;Sak;Mottakere;Uten PC;Åpnet på skjerm;Bekreftet på skjerm;"
                        + "Bekreftet på papir;Informert i møte;Ikke nådd;Nådd (%)\n")
                .contains(id + ";" + today + ";Lest og forstått (leserne bekrefter);Ny rutine " + tag
                        + ";5;3;2;1;2;2;0;100");
    }

    @Test
    void namesGoOnlyToThePeoplesOwnManagers() {
        long id = mustRead();
        as("managerB");
        assertThat(reach.itemReach(id).people()).extracting(PersonReach::name)
                .containsExactlyInAnyOrder(name("managerB"), name("b1"));
        assertThat(reach.signOffNames(id, null)).extracting(PersonReach::name)
                .containsExactly(name("b1"), name("managerB"));
        as("a1");
        assertThat(reach.mayFollowUp(id)).isFalse();
        assertThatThrownBy(() -> reach.itemReach(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reach.unitReport(org.unitId("A"), 8)).isInstanceOf(AccessDeniedException.class);
        as("managerB");
        assertThatThrownBy(() -> reach.unitReport(org.unitId("A"), 8)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reach.unitReport(Reach.WHOLE_MUNICIPALITY, 8))
                .isInstanceOf(AccessDeniedException.class);
        as("comms");
        assertThat(reach.unitReport(org.unitId("A"), 8).names()).isFalse();
        assertThat(reach.unitReport(Reach.WHOLE_MUNICIPALITY, 8).items()).filteredOn(r -> r.item().id() == id)
                .singleElement().extracting(r -> r.figures().audience()).as("the whole municipality in numbers")
                .isEqualTo(8);
        assertThatThrownBy(() -> reach.recordPaper(id, today, ids("a1")))
                .as("communications records no signatures").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badRecordsAreRefusedAndNothingIsHalfSaved() {
        long id = mustRead();
        as("managerA");
        assertThatThrownBy(() -> reach.recordPaper(id, today, ids("a1", "b1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.not-in-audience");
        assertThatThrownBy(() -> reach.recordPaper(id, today.plusDays(1), ids("a1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.date.outside");
        assertThatThrownBy(() -> reach.recordPaper(id, null, ids("a1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.date.missing");
        assertThatThrownBy(() -> reach.recordMeeting(id, today, "x".repeat(Reach.MAX_NOTE + 1), ids("a1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.meeting.note-too-long");
        assertThatThrownBy(() -> reach.recordMeeting(id, today, "", Set.of()))
                .isInstanceOf(Refusal.class).hasMessage("reach.meeting.nobody");
        assertThatThrownBy(() -> reach.recordMeeting(id, today, "", ids("b1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.not-in-audience");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reach_confirmation WHERE item_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reach_meeting WHERE item_id = ?", Integer.class, id))
                .isZero();

        long normal = published("Vanlig", ItemKind.NORMAL, Audience.units(new AudienceUnit(org.unitId("S"), true)));
        as("managerA");
        assertThatThrownBy(() -> reach.recordPaper(normal, today, ids("a1")))
                .isInstanceOf(Refusal.class).hasMessage("reach.paper.not-must-read");
        reach.recordMeeting(normal, today, "", ids("a2"));
        assertThat(reach.itemReach(normal).total().inMeeting()).as("any item may be told in a meeting").isEqualTo(1);
    }

    @Test
    void confirmationsGoAfterTheRetentionPeriodAndTheMeetingStays() {
        long id = mustRead();
        as("managerA");
        reach.recordPaper(id, today, ids("a1"));
        reach.recordMeeting(id, today, "Morgenmøte", ids("a2"));
        jdbc.update("UPDATE reach_confirmation SET recorded_at = NOW(6) - INTERVAL 400 DAY WHERE item_id = ?", id);
        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);
        assertThat(reach.itemReach(id).total().notReached()).isEqualTo(5);
        assertThat(reach.meetings(id)).singleElement().extracting(Meeting::attendees).isEqualTo(0);
    }

    @Test
    void aManagerLearnsNothingOfAnItemBeforeItIsOutByAnyDoor() throws Exception {
        as("editor");
        ItemDraft draft = ItemDraft.of("Hemmelig " + tag, "Ingress", "Tekst", org.unitId("S"), null,
                ItemKind.MUST_READ, null, false, Audience.units(new AudienceUnit(org.unitId("S"), true)), null, null,
                null);
        long unsubmitted = announcements.create(draft);
        long scheduled = announcements.create(ItemDraft.of("I morgen " + tag, "Ingress", "Tekst", org.unitId("S"),
                null, ItemKind.MUST_READ, null, false, Audience.units(new AudienceUnit(org.unitId("S"), true)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(1)), null, null));
        announcements.publish(scheduled);
        as("comms");
        long commsDraft = announcements.create(ItemDraft.of("Kommunikasjon " + tag, "Ingress", "Tekst",
                org.unitId("O"), null, ItemKind.MUST_READ, null, false, Audience.everyone(), null, null, null));
        as("managerA");
        for (long id : new long[] {unsubmitted, scheduled, commsDraft}) {
            assertThat(reach.mayFollowUp(id)).as("item %d", id).isFalse();
            assertThatThrownBy(() -> reach.itemReach(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reach.itemCsv(id, bokmaal())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reach.signOffNames(id, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feed.counts(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(feed.maySeeCounts(id)).isFalse();
            assertThat(notices.notice(id, "https://tavla.test/news/" + id, NB)).as("no notice PDF").isEmpty();
        }
        Notices.Progress quiet = Notices.Progress.NONE;
        try {
            assertThat(notices.batch(org.unitId("A"), Notices.Period.THIS_WEEK, item -> "x", quiet).items())
                    .as("the batch print has none of them").doesNotContain(unsubmitted, scheduled, commsDraft);
        } catch (Refusal nothingToPrint) {
            assertThat(nothingToPrint.key()).isEqualTo("notices.batch.empty");
        }

        // once it is out, the manager follows it up
        jdbc.update("UPDATE news_item SET release_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?", scheduled);
        assertThat(reach.mayFollowUp(scheduled)).isTrue();
        assertThat(reach.itemReach(scheduled).total().audience()).isPositive();
        // and a withdrawn item is out for nobody
        as("editor");
        announcements.withdraw(scheduled, "Feil");
        as("managerA");
        assertThat(reach.mayFollowUp(scheduled)).isFalse();
    }

    @Test
    void aTickTakenBackAndASignificantCorrectionAskAgain() {
        long id = mustRead();
        as("managerA");
        reach.recordPaper(id, today, ids("a1", "a2"));
        reach.recordPaper(id, today, ids("a2"));
        assertThat(reach.itemReach(id).total().onPaper()).isEqualTo(1);
        as("editor");
        corrections.correct(id, ItemDraft.of("Ny rutine, endret " + tag, "Ingress", "Ny tekst", org.unitId("S"),
                null, ItemKind.MUST_READ, null, false, Audience.units(new AudienceUnit(org.unitId("S"), true)), null,
                null, null), true, "ny dosering");
        as("managerA");
        assertThat(reach.itemReach(id).total().onPaper()).as("a new round asks everyone again").isZero();
    }

    @Test
    void theSignOffSheetListsOnlyTheManagersStaffNotYetReachedThoseWithoutAPcFirst() throws Exception {
        long id = mustRead();
        as("a3");
        feed.open(id);
        feed.confirm(id);
        as("managerA");
        reach.recordPaper(id, today, ids("a1"));
        byte[] pdf = notices.notice(id, "https://tavla.test/news/" + id, NB).orElseThrow();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Signaturliste: Ny rutine " + tag, "Sak nr. " + id);
        text = text.substring(text.indexOf("Signaturliste"));
        assertThat(text).contains(name("a2"), name("a4"), name("managerA"))
                .doesNotContain(name("a1"), name("a3"), name("b1"), name("editor"));
        assertThat(text.indexOf(name("a4"))).as("staff without a PC first").isLessThan(text.indexOf(name("managerA")));
        assertThat(PdfUa.failures(pdf)).as("PDF/UA-1 according to veraPDF").isEmpty();
        // a screen reader meets the QR code right after the item's text, not after the sheet; the logo, drawn beside
        // the municipality's name, is not a figure that says the name again
        List<String> order = PdfUa.readingOrder(pdf);
        int qr = order.indexOf("Figure: QR-kode som åpner saken i Tavla");
        assertThat(qr).as("the QR code in " + order).isPositive().isLessThan(order.indexOf("Table"));
        assertThat(order.subList(0, qr)).as("before the QR code: the notice's title and text only")
                .contains("H1").doesNotContain("Table").filteredOn(e -> e.startsWith("Figure")).isEmpty();
        assertThat(order.subList(0, qr)).as("within the notice, not the sheet").filteredOn("Sect"::equals)
                .hasSize(1);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "notice-with-sheet.pdf"), pdf);

        as("a2");
        try (PDDocument document = Loader.loadPDF(notices.notice(id, "https://tavla.test/news/" + id, NB).orElseThrow())) {
            assertThat(new PDFTextStripper().getText(document)).as("no sheet for an employee")
                    .doesNotContain("Signaturliste");
        }
    }

    @Test
    void aBatchHoldsTheUnitsNoticesWithSheetsAndIsRemembered() throws Exception {
        long first = mustRead();
        long second = published("Brannøvelse", ItemKind.IMPORTANT, Audience.units(new AudienceUnit(org.unitId("A"),
                false)));
        published("Bare for B", ItemKind.NORMAL, Audience.units(new AudienceUnit(org.unitId("B"), false)));
        as("a1");
        assertThatThrownBy(() -> notices.batch(org.unitId("A"), Notices.Period.THIS_WEEK, i -> "x", null))
                .isInstanceOf(AccessDeniedException.class);
        as("managerA");
        List<String> progress = new java.util.ArrayList<>();
        Notices.Batch batch = notices.batch(org.unitId("A"), Notices.Period.SINCE_LAST_PRINT,
                i -> "https://tavla.test/news/" + i, new Notices.Progress() {
                    @Override
                    public void prepared(int done, int total) {
                        progress.add(done + "/" + total);
                    }

                    @Override
                    public void rendering() {
                        progress.add("pdf");
                    }
                });
        assertThat(batch.items()).contains(first, second);
        assertThat(progress).last().isEqualTo("pdf");
        assertThat(progress).contains(batch.items().size() + "/" + batch.items().size());
        try (PDDocument document = Loader.loadPDF(batch.pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ny rutine " + tag, "Brannøvelse " + tag, "Signaturliste: Ny rutine " + tag,
                    name("a2")).doesNotContain("Bare for B " + tag, name("b1"));
        }
        assertThat(PdfUa.failures(batch.pdf())).isEmpty();
        assertThat(notices.lastPrints(org.unitId("A"))).first().extracting(Notices.Printed::items)
                .isEqualTo(batch.items().size());
        assertThatThrownBy(() -> notices.batch(org.unitId("A"), Notices.Period.SINCE_LAST_PRINT, i -> "x",
                null)).as("nothing new since the last print").isInstanceOf(Refusal.class)
                .hasMessage("notices.batch.empty");
    }

    @Test
    void aUnitsBatchIsPrintedInTheUnitsLanguageWhoeverPrintsIt() throws Exception {
        mustRead();
        jdbc.update("UPDATE unit SET print_language = 'sv' WHERE id = ?", org.unitId("A"));
        as("managerA");
        // the manager reads Tavla in Bokmål, but the notices go on a Swedish-speaking unit's wall
        Notices.Batch batch = notices.batch(org.unitId("A"), Notices.Period.THIS_WEEK, i -> "https://tavla.test/news/"
                + i, Notices.Progress.NONE);
        try (PDDocument document = Loader.loadPDF(batch.pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Ny rutine " + tag, "Signaturlista: Ny rutine " + tag, "Gäller till:",
                    "Inlägg nr", "Sida 1 av").doesNotContain("Gjelder til:", "Side 1 av");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
        assertThat(PdfUa.failures(batch.pdf())).isEmpty();
    }

    @Test
    void aKioskTokenShowsItsUnitsScreenAndNothingElse() {
        long id = mustRead();
        long forRoles = published("Bare for ledere", ItemKind.MUST_READ, new Audience(false,
                List.of(new AudienceUnit(org.unitId("S"), true)), Set.of(Role.MANAGER)));
        long forB = published("Bare B", ItemKind.MUST_READ, Audience.units(new AudienceUnit(org.unitId("B"), false)));
        as("a1");
        assertThatThrownBy(() -> kiosks.create(org.unitId("A"), "Pauserom")).isInstanceOf(AccessDeniedException.class);
        as("managerB");
        assertThatThrownBy(() -> kiosks.create(org.unitId("A"), "Pauserom")).isInstanceOf(AccessDeniedException.class);
        as("managerA");
        assertThatThrownBy(() -> kiosks.create(org.unitId("A"), " ")).isInstanceOf(Refusal.class);
        String token = kiosks.create(org.unitId("A"), "Pauserom");
        signOut();

        KioskScreen screen = kiosks.screen(token).orElseThrow();
        assertThat(screen.unitName()).isEqualTo("Enhet A " + tag);
        assertThat(screen.items()).extracting(i -> i.id()).contains(id).doesNotContain(forRoles, forB);
        assertThat(apiTokens.authenticate(token)).as("not an API token").isEmpty();
        assertThat(apiTokens.authenticate(ApiTokens.PREFIX + token)).isEmpty();
        assertThat(kiosks.screen(token + "x")).isEmpty();
        assertThat(feed.mayOpen(id)).as("the screen signs nobody in").isFalse();

        as("managerA");
        Kiosk made = kiosks.list(org.unitId("A")).getFirst();
        assertThat(made.lastSeenAt()).isNotNull();
        kiosks.revoke(made.id());
        signOut();
        assertThat(kiosks.screen(token)).as("revoked").isEmpty();
    }

    @Test
    void aKioskSpeaksItsUnitsLanguageAndShowsEachItemInItsVersionWhereThereIsOne() {
        long translated = mustRead();
        versions.save(translated, new no.tavla.news.LanguageVersion(Language.SWEDISH, "Ny rutin " + tag,
                "Ingress på svenska", "## Vad\n\nText"));
        long asWritten = published("Bare norsk", ItemKind.MUST_READ,
                Audience.units(new AudienceUnit(org.unitId("S"), true)));
        as("managerA");
        String token = kiosks.create(org.unitId("A"), "Pauserom");
        signOut();
        assertThat(kiosks.screen(token).orElseThrow().language()).as("a unit with no language of its own: Bokmål")
                .isEqualTo(Language.BOKMAAL);
        assertThat(kiosks.screen(token).orElseThrow().items()).filteredOn(i -> i.id() == translated)
                .singleElement().extracting(no.tavla.news.Item::title).isEqualTo("Ny rutine " + tag);

        jdbc.update("UPDATE unit SET print_language = 'sv' WHERE id = ?", org.unitId("A"));
        KioskScreen screen = kiosks.screen(token).orElseThrow();
        assertThat(screen.language()).isEqualTo(Language.SWEDISH);
        assertThat(screen.items()).filteredOn(i -> i.id() == translated).singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).isEqualTo("Ny rutin " + tag);
                    assertThat(item.lead()).isEqualTo("Ingress på svenska");
                    assertThat(item.language()).isEqualTo(Language.SWEDISH);
                });
        assertThat(screen.items()).filteredOn(i -> i.id() == asWritten).singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).isEqualTo("Bare norsk " + tag);
                    assertThat(item.language()).isEqualTo(Language.BOKMAAL);
                });
    }
}
