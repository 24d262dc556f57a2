package no.tavla.news;

import no.tavla.news.files.ItemFiles;
import no.tavla.news.publishing.PublicNews;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.Corrections;
import no.tavla.news.writing.PublishingSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import no.tavla.shared.Refusal;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Internt først on MariaDB: the lead time and who may change it, no path that moves the external release before the
 * internal release plus the lead time, "already public", and the public channel over HTTP.
 */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingIT {

    @LocalServerPort
    int port;
    @Autowired
    Announcements announcements;
    @Autowired
    no.tavla.news.writing.Corrections corrections;
    @Autowired
    PublishingSettings settings;
    @Autowired
    PublicNews publicNews;
    @Autowired
    no.tavla.news.writing.CrisisItems crisisItems;
    @Autowired
    ItemFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String tag;
    private long unit;
    private String editor;
    private String comms;
    private String admin;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(jdbc, "pub");
        tag = org.tag();
        unit = org.unit("PUB");
        editor = org.person("editor", "PUB").role("EDITOR", "PUB").subject();
        comms = org.person("comms", "PUB").role("COMMUNICATIONS", null).subject();
        admin = org.person("admin", "PUB").role("ADMIN", null).subject();
    }

    @AfterEach
    void signOut() {
        contexts().clearContext();
    }

    private SecurityContextHolderStrategy contexts() {
        return strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    private void as(String subject, String... roles) {
        ServiceSignIn.as(strategies, subject, roles);
    }

    private ItemDraft draft(String title, Instant internal, Instant external) {
        return ItemDraft.of(title, "Ingress " + title, "Tekst om **" + title + "**", unit, null, ItemKind.NORMAL, null,
                true, Audience.units(new AudienceUnit(unit, true)), internal, null, external);
    }

    private String key(Throwable e) {
        return ((Refusal) e).key();
    }

    @Test
    void theLeadTimeIsTwoHoursAndOnlyAdministratorsLowerIt() {
        as(comms, "COMMUNICATIONS");
        Duration before = settings.leadTime();
        try {
            settings.setLeadTime(before.plusMinutes(30));
            assertThatThrownBy(() -> settings.setLeadTime(before)).isInstanceOf(AccessDeniedException.class);
            as(editor);
            assertThatThrownBy(() -> settings.setLeadTime(before.plusHours(5))).isInstanceOf(AccessDeniedException.class);
            as(admin, "ADMIN");
            assertThatThrownBy(() -> settings.setLeadTime(Duration.ofDays(8))).isInstanceOf(Refusal.class);
            settings.setLeadTime(before);
            assertThat(settings.leadTime()).isEqualTo(before);
            assertThat(settings.changes()).extracting(PublishingSettings.Change::changedBy).contains("pub-admin-" + tag,
                    "pub-comms-" + tag);
        } finally {
            as(admin, "ADMIN");
            settings.setLeadTime(before);
        }
    }

    @Test
    void noPathMovesTheExternalReleaseBeforeTheInternalOnePlusTheLeadTime() {
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        as(editor, "EDITOR");
        long tooEarly = announcements.create(draft("For tidlig " + tag, internal, internal.plus(Duration.ofMinutes(30))));
        assertThatThrownBy(() -> announcements.submit(tooEarly)).isInstanceOf(Refusal.class)
                .extracting(this::key).isEqualTo("news.external.too-early");
        assertThatThrownBy(() -> announcements.publish(tooEarly)).isInstanceOf(Refusal.class);

        long ok = announcements.create(draft("Riktig " + tag, internal, internal.plus(Duration.ofHours(2))));
        assertThatThrownBy(() -> announcements.publish(ok)).as("an external part always needs communications")
                .isInstanceOf(Refusal.class).extracting(this::key).isEqualTo("news.publish.needs-approval");
        announcements.submit(ok);
        // approval happens later than the internal time planned: staff get it now, the public not earlier than allowed
        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(20))), ok);
        as(comms, "COMMUNICATIONS");
        assertThatThrownBy(() -> announcements.approve(ok)).isInstanceOf(Refusal.class)
                .extracting(this::key).isEqualTo("news.external.too-early");
        jdbc.update("UPDATE news_item SET external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(3))), ok);
        announcements.approve(ok);
        Item approved = announcements.forEditing(ok);
        assertThatThrownBy(() -> announcements.reschedule(ok, null, approved.releaseAt().plus(Duration.ofMinutes(90))))
                .isInstanceOf(Refusal.class).extracting(this::key).isEqualTo("news.external.too-early");
        announcements.reschedule(ok, null, approved.releaseAt().plus(Duration.ofHours(4)));
        as(editor, "EDITOR");
        assertThatThrownBy(() -> announcements.reschedule(ok, null, approved.releaseAt().plus(Duration.ofHours(9))))
                .as("only communications move a public part").isInstanceOf(Refusal.class);
        corrections.correct(ok, draft("Riktig, rettet " + tag, internal, Instant.now()), false, "skrivefeil");
        assertThat(announcements.forEditing(ok).externalReleaseAt()).as("a correction does not move the public part")
                .isEqualTo(approved.releaseAt().plus(Duration.ofHours(4)).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void alreadyPublicReleasesToStaffAtOnceWithTheReasonAndCountsAsABreach() {
        as(editor, "EDITOR");
        long id = announcements.create(draft("Lekket " + tag, Instant.now().plus(Duration.ofDays(2)), null));
        assertThatThrownBy(() -> announcements.markAlreadyPublic(id, " ")).isInstanceOf(Refusal.class);
        announcements.markAlreadyPublic(id, "Stod i lokalavisen i morges");
        Item item = announcements.forEditing(id);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.isOut(Instant.now().plusSeconds(1))).isTrue();
        assertThat(item.alreadyPublic()).isTrue();
        assertThat(item.alreadyPublicReason()).isEqualTo("Stod i lokalavisen i morges");
        assertThatThrownBy(() -> announcements.breaches(Instant.EPOCH)).isInstanceOf(AccessDeniedException.class);
        as(comms, "COMMUNICATIONS");
        assertThat(announcements.breaches(Instant.now().minus(Duration.ofDays(1))))
                .filteredOn(b -> b.unitId() == unit).singleElement().extracting(Breach::items).isEqualTo(1);
    }

    @Test
    void markingAnItemAlreadyPublicNeverLetsItsWriterPublishWhatNeedsApproval() {
        as(editor, "EDITOR");
        ItemDraft everyone = ItemDraft.of("Kommunen " + tag, "Ingress", "Tekst", unit, null, ItemKind.NORMAL, null,
                true, Audience.everyone(), Instant.now().plus(Duration.ofDays(2)), null, null);
        long id = announcements.create(everyone);
        assertThat(announcements.markAlreadyPublic(id, "Stod i lokalavisen")).as("not out").isFalse();
        Item waiting = announcements.forEditing(id);
        assertThat(waiting.status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(waiting.isOut(Instant.now().plusSeconds(1))).isFalse();
        assertThat(waiting.alreadyPublic()).isTrue();
        assertThat(announcements.history(id)).extracting(ItemEvent::step).contains("ALREADY_PUBLIC_SUBMITTED");
        assertThatThrownBy(() -> announcements.publish(id)).isInstanceOf(Refusal.class);
        as(comms, "COMMUNICATIONS");
        assertThat(announcements.breaches(Instant.now().minus(Duration.ofDays(1))))
                .filteredOn(b -> b.unitId() == unit).singleElement().extracting(Breach::items).isEqualTo(1);
        Instant released = announcements.approve(id);
        assertThat(released).as("released at once, not at the planned time")
                .isBefore(Instant.now().plus(Duration.ofMinutes(1)));
        Item out = announcements.forEditing(id);
        assertThat(out.isOut(Instant.now().plusSeconds(1))).isTrue();
        assertThat(out.alreadyPublic()).isTrue();
    }

    @Test
    void approvedTextChangesOnlyWithCommunicationsAndThePublicChannelServesOnlyApprovedText() throws Exception {
        as(editor, "EDITOR");
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        long id = announcements.create(draft("Godkjent " + tag, internal, internal.plus(Duration.ofHours(3))));
        announcements.submit(id);
        assertThatThrownBy(() -> announcements.save(id, draft("Endret i køen " + tag, internal,
                internal.plus(Duration.ofHours(3))))).as("not while communications read it")
                .isInstanceOf(Refusal.class).extracting(this::key).isEqualTo("news.submitted.locked");
        as(comms, "COMMUNICATIONS");
        announcements.approve(id);
        int approvedRevision = announcements.forEditing(id).revision();
        assertThat(announcements.history(id)).filteredOn(e -> e.step().startsWith("APPROVED")).singleElement()
                .extracting(ItemEvent::revision).isEqualTo(approvedRevision);

        as(editor, "EDITOR");
        assertThat(corrections.correct(id, draft("Uganget " + tag, internal, null), false, "bedre tittel"))
                .isEqualTo(Corrections.Outcome.PROPOSED);
        assertThat(announcements.forEditing(id).title()).as("readers keep the approved text")
                .isEqualTo("Godkjent " + tag);
        assertThat(corrections.pending(id)).get().extracting(PendingCorrection::title).isEqualTo("Uganget " + tag);
        assertThatThrownBy(() -> corrections.confirm(id)).isInstanceOf(AccessDeniedException.class);

        // both releases pass: the public page and feeds still carry only the approved text
        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(5))),
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), id);
        assertThat(get("/public/news/" + id).body()).contains("Godkjent " + tag).doesNotContain("Uganget");
        assertThat(get("/public/feed.json").body()).contains("Godkjent " + tag).doesNotContain("Uganget " + tag);

        as(comms, "COMMUNICATIONS");
        corrections.reject(id, "Tittelen var riktig");
        assertThat(corrections.pending(id)).isEmpty();
        as(editor, "EDITOR");
        corrections.correct(id, draft("Rettet " + tag, internal, null), true, "nytt tidspunkt");
        as(comms, "COMMUNICATIONS");
        corrections.confirm(id);
        assertThat(get("/public/news/" + id).body()).contains("Rettet " + tag);
        Item corrected = announcements.forEditing(id);
        assertThat(corrected.revision()).isEqualTo(approvedRevision + 1);
        assertThat(announcements.versions(id)).singleElement().satisfies(v -> {
            assertThat(v.title()).isEqualTo("Godkjent " + tag);
            assertThat(v.revision()).isEqualTo(approvedRevision);
        });
        assertThat(announcements.history(id)).extracting(ItemEvent::step).contains("CORRECTION_PROPOSED",
                "CORRECTION_REJECTED", "CORRECTION_CONFIRMED");
        assertThat(announcements.history(id)).filteredOn(e -> e.step().equals("CORRECTION_CONFIRMED"))
                .singleElement().extracting(ItemEvent::revision).isEqualTo(approvedRevision + 1);
    }

    @Test
    void aDisarmedLinkOrImageLeavesItsTextInThePublicFeedNotAnEmptyTag() throws Exception {
        as(comms, "COMMUNICATIONS");
        long id = announcements.create(ItemDraft.of("Lenker " + tag, "", "Se [vaktlisten](javascript:alert(1)) og"
                + " ![kart over brannveien](javascript:alert(2))", unit, null, ItemKind.NORMAL, null, true,
                Audience.units(new AudienceUnit(unit, true)), null, null, Instant.now().plus(Duration.ofHours(3))));
        announcements.submit(id);
        announcements.approve(id);
        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);
        String json = get("/public/feed.json").body();
        String entry = json.substring(json.indexOf("Lenker " + tag));
        entry = entry.substring(0, Math.min(entry.length(), entry.indexOf("date_published")));
        assertThat(entry).contains("vaktlisten").contains("kart over brannveien")
                .doesNotContain("href=\\\"\\\"").doesNotContain("<img").doesNotContain("javascript");
        assertThat(get("/public/news/" + id).body()).contains("vaktlisten").doesNotContain("href=\"\"")
                .doesNotContain("<img");
    }

    @Test
    void aWriterCannotChangeTheFilesOfAnApprovedItemAlone() {
        as(editor, "EDITOR");
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        long id = announcements.create(draft("Filer " + tag, internal, internal.plus(Duration.ofHours(3))));
        announcements.submit(id);
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> files.addAttachment(id, "endring.pdf", pdf)).isInstanceOf(Refusal.class)
                .extracting(this::key).isEqualTo("files.locked");
        as(comms, "COMMUNICATIONS");
        announcements.approve(id);
        as(editor, "EDITOR");
        assertThatThrownBy(() -> files.addAttachment(id, "endring.pdf", pdf)).isInstanceOf(Refusal.class)
                .extracting(this::key).isEqualTo("files.locked");
        as(comms, "COMMUNICATIONS");
        assertThat(files.addAttachment(id, "endring.pdf", pdf).fileName()).isEqualTo("endring.pdf");
    }

    @Test
    void aWriterTakesASubmittedItemBackToChangeIt() {
        as(editor, "EDITOR");
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        long id = announcements.create(draft("Tilbake " + tag, internal, internal.plus(Duration.ofHours(3))));
        announcements.submit(id);
        announcements.recall(id);
        assertThat(announcements.forEditing(id).status()).isEqualTo(ItemStatus.DRAFT);
        announcements.save(id, draft("Tilbake, endret " + tag, internal, internal.plus(Duration.ofHours(3))));
        assertThat(announcements.forEditing(id).title()).isEqualTo("Tilbake, endret " + tag);
    }

    @Test
    void theLeadTimeRangeIsSaidInTheUnitItIsEnteredIn() {
        as(admin, "ADMIN");
        assertThatThrownBy(() -> settings.setLeadTime(Duration.ofMinutes(-5))).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).arguments()).containsExactly(10_080L));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePublicChannelCarriesOnlyThePublicPartFromItsExternalReleaseAndCreatesNoSession() throws Exception {
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        as(comms, "COMMUNICATIONS");
        long id = announcements.create(draft("Offentlig " + tag, internal, internal.plus(Duration.ofHours(2))));
        announcements.submit(id);
        announcements.approve(id);
        assertThat(publicNews.item(id)).as("not before its time").isEmpty();
        assertThat(get("/public/feed.atom").body()).doesNotContain("Offentlig " + tag);
        assertThat(get("/public/news/" + id).statusCode()).isEqualTo(404);

        // staff have it, the public not yet
        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))), id);
        assertThat(publicNews.item(id)).isEmpty();
        assertThat(get("/public/feed.json").body()).doesNotContain("Offentlig " + tag);

        jdbc.update("UPDATE news_item SET release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                Timestamp.from(Instant.now().minusSeconds(5)), id);
        HttpResponse<String> atom = get("/public/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        assertThat(atom.body()).contains("Offentlig " + tag).contains(":news:" + id + "</id>")
                .doesNotContain("Publisering ").doesNotContain("pub-editor");
        assertThat(atom.headers().firstValue("Set-Cookie")).as("no session for anonymous readers").isEmpty();
        String etag = atom.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/public/feed.atom", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(atom.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<String> json = get("/public/feed.json");
        assertThat(json.body()).contains("\"title\":\"Offentlig " + tag + "\"").contains("jsonfeed.org/version/1.1")
                .doesNotContain("audience").doesNotContain("seen");
        HttpResponse<String> page = get("/public/news/" + id + "-offentlig");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>Offentlig " + tag + "</strong>").contains("lang=\"nb\"");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();

        as(comms, "COMMUNICATIONS");
        announcements.withdraw(id, "Feil opplysninger");
        assertThat(get("/public/news/" + id).statusCode()).as("gone on withdrawal").isEqualTo(404);
        assertThat(get("/public/feed.atom", "If-None-Match", etag).statusCode()).as("the feed changed").isEqualTo(200);
        assertThat(Set.of(get("/public/feed.atom").body())).allMatch(b -> !b.contains("Offentlig " + tag));
    }

    @Test
    void thePublicChannelSaysTheLanguageEachItemIsWrittenIn() throws Exception {
        Instant internal = Instant.now().plus(Duration.ofDays(1));
        as(comms, "COMMUNICATIONS");
        long id = announcements.create(draft("Nynorsk sak " + tag, internal, internal.plus(Duration.ofHours(2))));
        announcements.submit(id);
        announcements.approve(id);
        jdbc.update("UPDATE news_item SET language = 'nn', release_at = ?, external_release_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(3))),
                Timestamp.from(Instant.now().minusSeconds(5)), id);

        String atom = get("/public/feed.atom").body();
        String entry = atom.substring(atom.indexOf(":news:" + id + "</id>"));
        entry = entry.substring(0, entry.indexOf("</entry>"));
        assertThat(entry).as("the entry's own language beside the feed's Bokmål")
                .contains("<dc:language>nn</dc:language>");
        tools.jackson.databind.JsonNode item = java.util.stream.StreamSupport.stream(
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(get("/public/feed.json").body())
                        .get("items").spliterator(), false)
                .filter(node -> node.get("id").asText().endsWith(":news:" + id)).findFirst().orElseThrow();
        assertThat(item.get("language").asText()).isEqualTo("nn");
        String page = get("/public/news/" + id).body();
        assertThat(page).as("the page is the item's: its frame speaks the item's language")
                .contains("<html lang=\"nn\"", "<h1>Nynorsk sak " + tag + "</h1>");

        jdbc.update("UPDATE news_item SET language = 'sv' WHERE id = ?", id);
        Instant released = jdbc.queryForObject("SELECT external_release_at FROM news_item WHERE id = ?",
                Timestamp.class, id).toInstant();
        assertThat(get("/public/news/" + id).body()).contains("<html lang=\"sv\"")
                .as("the date as Swedes write it").contains(no.tavla.shared.TavlaTime.dateTime(released,
                        no.tavla.shared.Language.SWEDISH.locale()));
    }

    @Test
    void thePublicNotFoundPageFollowsTheLanguageChosenInThisBrowserElseBokmaal() throws Exception {
        HttpResponse<String> bokmaal = get("/public/news/999999999");
        assertThat(bokmaal.statusCode()).isEqualTo(404);
        assertThat(bokmaal.body()).contains("<html lang=\"nb\"", "Fant ikke saken");
        HttpResponse<String> swedish = get("/public/news/999999999", "Cookie", "tavla-language=sv");
        assertThat(swedish.statusCode()).isEqualTo(404);
        assertThat(swedish.body()).contains("<html lang=\"sv\"", "Inlägget hittades inte").doesNotContain("Fant");
        assertThat(get("/public/nothing", "Cookie", "tavla-language=en").body())
                .contains("<html lang=\"en\"", "Item not found");
        assertThat(get("/public/nothing", "Cookie", "tavla-language=<script>").body())
                .as("an unknown choice is ignored").contains("<html lang=\"nb\"").doesNotContain("<script>");
    }

    @Test
    void crisisInformationIsMarkedInBothFeedsAndOnItsPageAndOtherItemsAreNot() throws Exception {
        as(comms, "COMMUNICATIONS");
        long crisisItem = crisisItems.publish(4242, "Flom", "Flom i sentrum " + tag, "", "Hold deg unna elva.")
                .itemId();
        long normal = announcements.create(draft("Vanlig " + tag, null, Instant.now().plus(Duration.ofHours(3))));
        announcements.publish(normal);
        jdbc.update("UPDATE news_item SET release_at = NOW(6) - INTERVAL 3 HOUR, external_release_at = NOW(6) -"
                + " INTERVAL 1 SECOND WHERE id IN (?, ?)", crisisItem, normal);

        tools.jackson.databind.JsonNode items = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(get("/public/feed.json").body()).get("items");
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        items.forEach(item -> tags.put(item.get("title").asString(), item.has("tags") ? item.get("tags").toString()
                : "none"));
        assertThat(tags).containsEntry("Flom i sentrum " + tag, "[\"krise\"]").containsEntry("Vanlig " + tag, "none");
        String atom = get("/public/feed.atom").body();
        int entry = atom.indexOf("Flom i sentrum " + tag);
        assertThat(entry).isPositive();
        String crisisEntry = atom.substring(atom.lastIndexOf("<entry", entry), atom.indexOf("</entry>", entry));
        assertThat(crisisEntry).contains("term=\"krise\"");
        int other = atom.indexOf("Vanlig " + tag);
        assertThat(atom.substring(atom.lastIndexOf("<entry", other), atom.indexOf("</entry>", other)))
                .doesNotContain("krise");
        assertThat(get("/public/news/" + crisisItem).body()).contains("<strong>Krise</strong>");
        assertThat(get("/public/news/" + normal).body()).doesNotContain("<strong>Krise</strong>");
        jdbc.update("UPDATE news_item SET language = 'sv' WHERE id = ?", crisisItem);
        assertThat(get("/public/news/" + crisisItem).body()).as("marked in the item's language")
                .contains("<strong>Kris</strong>").doesNotContain("Krise");
    }
}
