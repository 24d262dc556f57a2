package no.tavla.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.search.IndexKeeper;
import no.tavla.search.SearchIndexing;
import no.tavla.shared.Language;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search pages in the demo municipality, for each role: the header box for everyone signed in, with a short list
 * as they type; the results page with its filters, the count said and links to each hit; the searches that found
 * nothing for communications only; the index's section for administrators only; in every language.
 */
class SearchViewIT extends KaribuViewTest {

    @Autowired
    IndexKeeper keeper;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void indexed() {
        SearchIndexing.followNow(keeper);
    }

    @Test
    void anEmployeeFindsTheCanteenNewsAndTheUnitFromTheHeaderBox() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("");
        TextField box = _get(TextField.class, spec -> spec.withClasses("tavla-search-box"));
        assertThat(box.getAriaLabel()).contains("Søk i Tavla");
        _setValue(box, "kantina");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("tavla-search-all"))).hasSize(1);
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withClasses("tavla-search-quick")))).contains("Kantina holder stengt fredag", "sak",
                "Alle treff for «kantina»");
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("tavla-search-said")))).contains("treff. Pil ned går til treffene.");

        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "kantine stengt"));
        _assertOne(SearchView.class);
        String page = PageText.of(UI.getCurrent());
        assertThat(page).contains("Søk", "Kantina holder stengt fredag", "Saker (1)").contains("treff for «kantine stengt»")
                .doesNotContain("Søk uten treff", "Clear", "Search");
        assertThat(_find(Anchor.class, spec -> spec.withText("Kantina holder stengt fredag")).getFirst().getHref())
                .startsWith("news/");
        _assertNone(MissesSection.class);
        _assertNone(Paragraph.class, spec -> spec.withClasses("tavla-search-preparing"));

        TextField words = _get(TextField.class, spec -> spec.withClasses("tavla-search-words"));
        _setValue(words, "zzqxv ingenting her");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-search-count")).getText())
                .isEqualTo("Ingen treff for «zzqxv ingenting her».");
        _setValue(words, "x");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-search-count")).getText())
                .isEqualTo("Skriv minst to tegn.");
    }

    @Test
    void theFiltersNarrowTheResultsAndTheArchiveIsAskedFor() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "kantina"));
        assertThat(PageText.of(UI.getCurrent())).contains("Kantina holder stengt fredag");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<no.tavla.search.Search.Among> among = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("tavla-search-among"));
        _setValue(among, no.tavla.search.Search.Among.PEOPLE);
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-search-results")))).doesNotContain("Kantina holder stengt fredag");
        _setValue(among, no.tavla.search.Search.Among.ALL);
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("tavla-search-archive")), true);
        assertThat(PageText.of(UI.getCurrent())).contains("Kantina holder stengt fredag");
    }

    @Test
    void communicationsSeeTheSearchesThatFoundNothingInTheirLanguage() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "parkeringsoblat"));
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
        UI.getCurrent().navigate("search");
        _assertOne(MissesSection.class);
        assertThat(PageText.of(_get(MissesSection.class))).contains("Søk uten treff", "«parkeringsoblat»:");

        UI.getCurrent().setLocale(Language.ENGLISH.locale());
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "canteen"));
        assertThat(PageText.of(UI.getCurrent())).contains("Searches that found nothing",
                "The canteen is closed on Friday").doesNotContain("Søk uten treff");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-search-archive")).getLabel())
                .isEqualTo("Include expired items");
        UI.getCurrent().setLocale(Language.NYNORSK.locale());
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("search");
        assertThat(PageText.of(UI.getCurrent())).contains("Søk utan treff");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-search-archive")).getLabel())
                .isEqualTo("Ta med utgåtte saker");
        UI.getCurrent().setLocale(Language.SWEDISH.locale());
        UI.getCurrent().navigate("units");
        UI.getCurrent().navigate("search");
        assertThat(PageText.of(UI.getCurrent())).contains("Sökningar utan träff");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("tavla-search-archive")).getLabel())
                .isEqualTo("Ta med utgångna inlägg");
    }

    @Test
    void administratorsRebuildTheIndexFromTheSystemPageAndOthersCannotOpenIt() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
        UI.getCurrent().navigate("system");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-search-rebuild"));

        signInAsDemoPerson("demo-siri", "Siri Dahl", "10006", "ADMIN");
        UI.getCurrent().navigate("system");
        assertThat(PageText.of(UI.getCurrent())).contains("Søkeindeksen", "oppføringer");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-search-rebuild")));
        SearchIndexing.waitFor(() -> !keeper.progress().building() && keeper.isReady(), "the rebuild is done");
        assertThat(keeper.progress().size()).isPositive();
    }

    @Test
    void nobodySignedInCannotSearch() {
        UI.getCurrent().navigate("search", com.vaadin.flow.router.QueryParameters.of("q", "kantina"));
        _assertNone(SearchView.class);
        _assertNone(TextField.class, spec -> spec.withClasses("tavla-search-box"));
    }
}
