package no.tavla.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.news.FeedFilter;
import no.tavla.news.ItemKind;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.ui.MarkdownView;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The news views in the demo municipality: an editor writes, communications approves, an employee reads and
 * confirms, and the editor sees the counts; and who may open what.
 */
class NewsViewsIT extends KaribuViewTest {

    @Autowired
    UnitPages pages;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private UnitTreeEntry unit(String code) {
        return pages.tree().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private void asOla() {
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
    }

    private void asIngrid() {
        signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "EDITOR", "COMMUNICATIONS");
    }

    private void asKari() {
        signInAsDemoPerson("demo-kari", "Kari Nordmann", "10001");
    }

    private long itemId() {
        return jdbc.queryForObject("SELECT id FROM news_item WHERE title LIKE ?", Long.class, "%" + tag + "%");
    }

    @SuppressWarnings("unchecked")
    private void writeMustReadForEveryone(String title) {
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-markdown-text")),
                "Fra mandag gjelder **ny rutine** for nøkler.\n\n- Hent nøkkel i resepsjonen");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("tavla-news-whole")), true);
        _setValue((RadioButtonGroup<ItemKind>) _get(RadioButtonGroup.class,
                spec -> spec.withClasses("tavla-news-kind")), ItemKind.MUST_READ);
    }

    @Test
    void anEditorWritesCommunicationsApprovesAnEmployeeConfirmsAndTheEditorSeesTheCounts() {
        asOla();
        writeMustReadForEveryone("Ny nøkkelrutine " + tag);
        assertThat(PageText.of(UI.getCurrent())).contains("Lagret").contains("Saken når")
                .contains("må godkjennes av kommunikasjonsenheten");
        assertThat(_get(MarkdownView.class).getElement().getProperty("innerHTML"))
                .contains("<strong>ny rutine</strong>");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-publish"));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));
        assertThat(PageText.of(UI.getCurrent())).contains("venter på godkjenning");
        long id = itemId();

        asKari();
        UI.getCurrent().navigate("news/" + id);
        _assertNone(ItemView.class);

        asIngrid();
        UI.getCurrent().navigate("desk");
        assertThat(PageText.of(UI.getCurrent())).contains("Ny nøkkelrutine " + tag);
        UI.getCurrent().navigate("write/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-approve")));
        assertThat(PageText.of(UI.getCurrent())).contains("Godkjent og publisert").contains("Ingrid Solheim");

        asKari();
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<FeedFilter> filter = _get(RadioButtonGroup.class, spec -> spec.withClasses("tavla-feed-filter"));
        _setValue(filter, FeedFilter.UNCONFIRMED);
        assertThat(PageText.of(UI.getCurrent())).contains("Ny nøkkelrutine " + tag).contains("Ulest")
                .contains("Lest og forstått");
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("Fra mandag gjelder ny rutine for nøkler.");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-confirm-button")));
        assertThat(PageText.of(UI.getCurrent())).contains("Du har bekreftet");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-counts"));

        asOla(); // opening it counts him as a reader too
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("Hvem den har nådd").contains("Åpnet: 2")
                .contains("Bekreftet: 1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorPublishesDirectlyToTheirOwnUnitAndItShowsOnTheUnitPage() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Foreldremøte " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-news-lead")), "Torsdag kl. 18 i gymsalen.");
        MultiSelectComboBox<UnitTreeEntry> units = _get(MultiSelectComboBox.class,
                spec -> spec.withClasses("tavla-news-audience-units"));
        _setValue(units, Set.of(unit("OK-SOL")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-publish")));
        assertThat(PageText.of(UI.getCurrent())).contains("Publisert");
        UI.getCurrent().navigate("units/OK-SOL");
        assertThat(PageText.of(UI.getCurrent())).contains("Foreldremøte " + tag);

        asKari();
        UI.getCurrent().navigate("units/OK-SOL");
        assertThat(PageText.of(UI.getCurrent())).as("not for her").doesNotContain("Foreldremøte " + tag);
        UI.getCurrent().navigate("news/" + itemId());
        _assertNone(ItemView.class);
    }

    @Test
    void employeesAndManagersDoNotWriteAndAnAnonymousVisitorSeesNothing() {
        asKari();
        UI.getCurrent().navigate("write");
        _assertNone(WriteView.class);
        UI.getCurrent().navigate("desk");
        _assertNone(DeskView.class);
        _assertNone(com.vaadin.flow.router.RouterLink.class, spec -> spec.withClasses("tavla-write-new"));
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("write");
        _assertNone(WriteView.class);
        signInAs("nobody-" + tag, "Ingen Person");
        UI.getCurrent().navigate("news/abc");
        _assertNone(ItemView.class);
    }

    @Test
    void theFeedInEnglish() {
        asKari();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        assertThat(PageText.of(UI.getCurrent())).contains("News").contains("Must-read, not confirmed");
        _assertOne(FeedView.class);
    }

    @Test
    void aManagerIsLedFromTheItemToItsReachInEnglishToo() {
        long item = jdbc.queryForObject("SELECT MIN(id) FROM news_item WHERE kind = 'MUST_READ'"
                + " AND title = 'Ny rutine for legemiddelhåndtering'", Long.class);
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("news/" + item);
        assertThat(PageText.of(UI.getCurrent())).contains("Hvem den har nådd")
                .contains("Følg opp: rekkevidde per enhet, signaturliste og møter");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-reach-link"))
                .getHref()).isEqualTo("reach/" + item);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("news/" + item);
        assertThat(PageText.of(UI.getCurrent())).contains("Whom it has reached")
                .contains("Follow up: reach per unit, sign-off sheet and meetings");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-notice-print"))
                .getHref()).isEqualTo("notices/" + item + ".pdf");
        asKari();
        UI.getCurrent().navigate("news/" + item);
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-counts"));
        _assertOne(Button.class, spec -> spec.withClasses("tavla-confirm-button"));
    }

    @Test
    void anEditorMarksAnItemAlreadyPublicAndReadersSeeTheBanner() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Ny rektor " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-news-lead")), "Kjent fra lokalavisen.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UnitTreeEntry> units = _get(MultiSelectComboBox.class,
                spec -> spec.withClasses("tavla-news-audience-units"));
        _setValue(units, Set.of(unit("OK-SOL")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-already-public")));
        assertThat(PageText.of(UI.getCurrent())).contains("Skriv en begrunnelse.");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-public-reason")), "Lokalavisen i dag");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-already-public")));
        assertThat(PageText.of(UI.getCurrent())).contains("Merket som allerede kjent utenfor kommunen");
        long id = itemId();
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent()))
                .contains("Denne saken ble kjent utenfor kommunen før de ansatte fikk den: Lokalavisen i dag");
    }
}
