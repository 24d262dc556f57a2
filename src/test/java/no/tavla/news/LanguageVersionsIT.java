package no.tavla.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.news.reading.NewsFeed;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.LanguageVersions;
import no.tavla.shared.Language;
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
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An item in more than one language (issue 17): its versions follow the rule for its text, readers get their
 * language's version with the others to switch to, and a notice prints the one chosen.
 */
@TavlaIntegrationTest
class LanguageVersionsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Announcements announcements;
    @Autowired
    LanguageVersions versions;
    @Autowired
    NewsFeed feed;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "langver");
        org.unit("P");
        org.unit("Q");
        org.person("Ed", "P").role("EDITOR", "P");
        org.person("Kim", "Q").role("COMMUNICATIONS", null);
        org.person("Ola", "P");
        org.person("Lise", "Q");
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    private long draft(Audience audience) {
        ServiceSignIn.as(contexts, org.subject("Ed"));
        return announcements.create(ItemDraft.of("Ny vaktordning " + org.tag(), "Fra mandag gjelder ny ordning.",
                "Spør lederen din.", org.unitId("P"), null, ItemKind.NORMAL, null, false, audience, null, null, null));
    }

    private static LanguageVersion english(String title) {
        return new LanguageVersion(Language.ENGLISH, title, "A new rota from Monday.", "Ask your manager.");
    }

    @Test
    void aWriterAddsAVersionToADraftAndReadersOfThatLanguageGetItWithTheOthersToSwitchTo() {
        long id = draft(Audience.units(new AudienceUnit(org.unitId("P"), true)));
        assertThatThrownBy(() -> versions.save(id, new LanguageVersion(Language.BOKMAAL, "Samme", "", "")))
                .as("the item is written in Bokmål").isInstanceOf(Refusal.class)
                .hasMessage("news.language-version.same");
        assertThatThrownBy(() -> versions.save(id, english(" "))).isInstanceOf(Refusal.class)
                .hasMessage("news.title.required");
        assertThatThrownBy(() -> versions.save(id, english("x".repeat(201)))).isInstanceOf(Refusal.class)
                .hasMessage("news.title.too-long");
        assertThat(versions.of(id)).as("nothing half-saved").isEmpty();
        versions.save(id, english("New rota " + org.tag()));
        versions.save(id, english("New rota, corrected " + org.tag()));
        assertThat(versions.of(id)).singleElement().extracting(LanguageVersion::title)
                .isEqualTo("New rota, corrected " + org.tag());
        announcements.publish(id);

        ServiceSignIn.as(contexts, org.subject("Ola"));
        ItemPage page = feed.page(id).orElseThrow();
        assertThat(page.languages()).containsExactly(Language.BOKMAAL, Language.ENGLISH);
        assertThat(page.itemIn(Language.ENGLISH).title()).isEqualTo("New rota, corrected " + org.tag());
        assertThat(page.itemIn(Language.ENGLISH).language()).isEqualTo(Language.ENGLISH);
        assertThat(page.itemIn(Language.SWEDISH).title()).as("no Swedish version: as written")
                .isEqualTo("Ny vaktordning " + org.tag());
        assertThat(feed.forPrinting(id, Language.ENGLISH).orElseThrow().lead()).isEqualTo("A new rota from Monday.");
        assertThat(feed.forPrinting(id, null).orElseThrow().lead()).isEqualTo("Fra mandag gjelder ny ordning.");
        assertThatThrownBy(() -> versions.of(id)).as("a reader does not work on it")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> versions.save(id, english("Mine"))).isInstanceOf(AccessDeniedException.class);

        ServiceSignIn.as(contexts, org.subject("Lise"));
        assertThat(feed.forPrinting(id, Language.ENGLISH)).as("not for her, in no language").isEmpty();
    }

    @Test
    void feedCardsAndAUnitsItemsShowTheReadersVersionAndSayWhichLanguageTheyAreIn() {
        long id = draft(Audience.units(new AudienceUnit(org.unitId("P"), true)));
        versions.save(id, english("New rota " + org.tag()));
        versions.save(id, new LanguageVersion(Language.NYNORSK, "Ny vaktordning, nynorsk " + org.tag(), "", ""));
        announcements.publish(id);

        ServiceSignIn.as(contexts, org.subject("Ola"));
        FeedCard english = card(feed.feed(FeedFilter.ALL, 0, 50, Language.ENGLISH), id);
        assertThat(english.title()).isEqualTo("New rota " + org.tag());
        assertThat(english.lead()).isEqualTo("A new rota from Monday.");
        assertThat(english.language()).isEqualTo(Language.ENGLISH);
        FeedCard nynorsk = card(feed.feed(FeedFilter.ALL, 0, 50, Language.NYNORSK), id);
        assertThat(nynorsk.title()).isEqualTo("Ny vaktordning, nynorsk " + org.tag());
        assertThat(nynorsk.lead()).as("a version without a lead shows none, not the Bokmål one").isEmpty();
        FeedCard swedish = card(feed.feed(FeedFilter.ALL, 0, 50, Language.SWEDISH), id);
        assertThat(swedish.title()).as("no Swedish version: as written").isEqualTo("Ny vaktordning " + org.tag());
        assertThat(swedish.lead()).isEqualTo("Fra mandag gjelder ny ordning.");
        assertThat(swedish.language()).isEqualTo(Language.BOKMAAL);
        assertThat(card(feed.feed(FeedFilter.ALL, 0, 50), id).title()).isEqualTo("Ny vaktordning " + org.tag());
        assertThat(feed.cards(FeedFilter.ALL, java.util.List.of(id), Language.ENGLISH))
                .as("what an open page adds when told of a release").singleElement()
                .extracting(FeedCard::title).isEqualTo("New rota " + org.tag());
        assertThat(card(feed.unitItems(org.unitId("P"), 20, Language.ENGLISH), id).title())
                .isEqualTo("New rota " + org.tag());

        ServiceSignIn.as(contexts, org.subject("Lise"));
        assertThat(feed.feed(FeedFilter.ALL, 0, 50, Language.ENGLISH)).as("not for her, in no language")
                .extracting(FeedCard::id).doesNotContain(id);
    }

    private static FeedCard card(java.util.List<FeedCard> cards, long id) {
        return cards.stream().filter(card -> card.id() == id).findFirst().orElseThrow();
    }

    @Test
    void onceApprovedOnlyThoseWhoMayPublishItChangeItsVersions() {
        long id = draft(Audience.everyone());
        versions.save(id, english("New rota " + org.tag()));
        announcements.submit(id);
        assertThatThrownBy(() -> versions.save(id, english("Changed while waiting")))
                .isInstanceOf(Refusal.class).hasMessage("news.submitted.locked");
        ServiceSignIn.as(contexts, org.subject("Kim"), "COMMUNICATIONS");
        announcements.approve(id);

        ServiceSignIn.as(contexts, org.subject("Ed"));
        assertThat(versions.mayChange(id)).as("what the write page asks").isFalse();
        assertThatThrownBy(() -> versions.save(id, new LanguageVersion(Language.NYNORSK, "Ny vaktordning", "", "")))
                .as("the approved words stay approved").isInstanceOf(Refusal.class)
                .hasMessage("news.language-version.approved");
        assertThatThrownBy(() -> versions.remove(id, Language.ENGLISH)).isInstanceOf(Refusal.class);

        ServiceSignIn.as(contexts, org.subject("Kim"), "COMMUNICATIONS");
        assertThat(versions.mayChange(id)).isTrue();
        versions.save(id, new LanguageVersion(Language.NYNORSK, "Ny vaktordning " + org.tag(), "", "Spør leiaren."));
        versions.remove(id, Language.ENGLISH);
        assertThat(versions.of(id)).extracting(LanguageVersion::language).containsExactly(Language.NYNORSK);
        assertThat(jdbc.queryForList("SELECT step FROM news_event WHERE item_id = ? ORDER BY id", String.class, id))
                .contains("LANGUAGE_VERSION", "LANGUAGE_VERSION_REMOVED");
    }
}
