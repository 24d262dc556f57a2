package no.tavla.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
    @Autowired
    no.tavla.news.writing.Announcements announcements;
    @Autowired
    no.tavla.news.files.ItemFiles itemFiles;

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
    void aCardShowsItsTextsAsTextWhateverTheyHoldAndLinksToTheItem() {
        asKari();
        UI.getCurrent().navigate("");
        ItemCard card = new ItemCard(new no.tavla.news.FeedCard(42, "<img src=x onerror=alert(1)> & \"Tittel\"",
                "<script>alert(2)</script>", "Skole <b>", ItemKind.MUST_READ, true, java.time.Instant.now(), false,
                true, false, no.tavla.shared.Language.ENGLISH));
        String html = card.getElement().getProperty("innerHTML");
        assertThat(html).as("the card's words carry their language").contains("<h2 class=\"tavla-item-title\" lang=\"en\">");
        assertThat(html).doesNotContain("<img", "<script", "<b>")
                .contains("href=\"news/42\"", "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tittel&quot;");
        assertThat(org.jsoup.Jsoup.parse(html).text()).contains("<img src=x onerror=alert(1)> & \"Tittel\"",
                "<script>alert(2)</script>", "Skole <b>", "Viktig", "Lest og forstått", "Ulest");
        assertThat(card.getClassNames()).contains("tavla-item-card", "tavla-item-pinned");
    }

    @Test
    void anEditorWritesCommunicationsApprovesAnEmployeeConfirmsAndTheEditorSeesTheCounts() {
        asOla();
        writeMustReadForEveryone("Ny nøkkelrutine " + tag);
        // a must-read item may have a deadline to confirm by; no other kind has one
        com.vaadin.flow.component.datetimepicker.DateTimePicker confirmBy = _get(
                com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withClasses("tavla-news-confirm-by"));
        assertThat(confirmBy.getLabel()).isEqualTo("Bekreft innen");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ItemKind> kind = _get(RadioButtonGroup.class, spec -> spec.withClasses("tavla-news-kind"));
        _setValue(kind, ItemKind.NORMAL);
        _assertNone(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withClasses("tavla-news-confirm-by"));
        _setValue(kind, ItemKind.MUST_READ);
        java.time.LocalDateTime deadline = java.time.LocalDateTime.now(no.tavla.shared.TavlaTime.ZONE).plusDays(3)
                .withHour(12).withMinute(0).withSecond(0).withNano(0);
        _setValue(confirmBy, deadline);
        // numbers as Norwegian writes them: 3 222 with a (narrow) no-break space once the test database is large
        String n = "\\d[\\d\\u00a0\\u202f ]*";
        assertThat(PageText.of(UI.getCurrent())).containsPattern("Slik når saken dem: " + n + " på skjerm \\(nyheter"
                + " og varsler\\), " + n + " på e-post med en gang, " + n + " i sammendraget på e-post, " + n
                + " på SMS\\. " + n + " har ingen kanal og trenger oppslag på papir\\.");
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
        assertThat(PageText.of(UI.getCurrent())).contains("Fra mandag gjelder ny rutine for nøkler.")
                .contains("Frist: " + no.tavla.shared.TavlaTime.dateTime(no.tavla.shared.TavlaTime.instantOf(deadline),
                        UI.getCurrent().getLocale()) + ".");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-confirm-button")));
        assertThat(PageText.of(UI.getCurrent())).contains("Du har bekreftet");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-counts"));

        asOla(); // opening it counts him as a reader too
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("Hvem den har nådd").contains("Åpnet: 2")
                .contains("Bekreftet: 1");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void theAudienceListsTellAScreenReaderWhatWasChosenInTheReadersLanguage() {
        asOla();
        UI.getCurrent().navigate("write");
        java.util.List<com.vaadin.flow.component.combobox.MultiSelectComboBox> lists =
                _find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class);
        assertThat(lists).hasSize(2);
        for (var list : lists) {
            assertThat(list.getI18n().getSelected()).isEqualTo("lagt til i valget");
            assertThat(list.getI18n().getTotal()).isEqualTo("{count} valgt");
            assertThat(list.getI18n().getCleared()).isEqualTo("Alle valg er fjernet");
        }
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
    @SuppressWarnings("unchecked")
    void theWritingHintsFollowTheTextAndNeverStopPublishing() {
        asOla();
        UI.getCurrent().navigate("write");
        com.vaadin.flow.component.html.Div panel = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-writing-hints"));
        assertThat(PageText.of(panel)).contains("Klart språk og universell utforming", "Skriv litt mer");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "OMORGANISERING I HELE KOMMUNEN");
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-markdown-text")), "Vedrørende"
                + " implementeringen av kommunestyrets vedtak foreligger det nødvendige forutsetninger for at"
                + " virksomhetsområdene iht. gjeldende retningslinjer skal iverksette omorganiseringsprosessen innenfor"
                + " tilgjengelige økonomiske rammebetingelser og eksisterende personalressurser i hele organisasjonen.\n\n![IMG_2041.jpg](/files/1)");
        String hints = PageText.of(panel);
        assertThat(hints).containsPattern("Lesbarhet \\(LIX\\) \\d+: svært vanskelig")
                .contains("Skriv «om» i stedet for «vedrørende».", "Skriv en ingress",
                        "Skriv tittelen med vanlige bokstaver", "Gi bildet «IMG_2041.jpg» en tekst",
                        "Del opp setningen på");
        MultiSelectComboBox<UnitTreeEntry> units = _get(MultiSelectComboBox.class,
                spec -> spec.withClasses("tavla-news-audience-units"));
        _setValue(units, Set.of(unit("OK-SOL")));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-publish")));
        assertThat(PageText.of(UI.getCurrent())).as("help, not a gate").contains("Publisert");
        _assertNone(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("tavla-news-checklist"));

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "NEW ORGANISATION");
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-writing-hints")))).contains("Plain language and accessibility",
                "Write the title in ordinary letters", "Write a lead");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNynorskWriterWritesInNynorskAndAnotherLanguageIsChosenOnThePage() {
        asOla();
        UI.getCurrent().getSession().setLocale(no.tavla.shared.Language.NYNORSK.locale());
        UI.getCurrent().setLocale(no.tavla.shared.Language.NYNORSK.locale());
        UI.getCurrent().navigate("write");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Skriv sak");
        com.vaadin.flow.component.select.Select<no.tavla.shared.Language> language = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("tavla-news-language"));
        assertThat(language.getValue()).as("the writer's own language first").isEqualTo(no.tavla.shared.Language.NYNORSK);
        com.vaadin.flow.component.html.Div panel = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-writing-hints"));
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Nytt om ferie " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-markdown-text")),
                "Vedkomande ferien gjeld dei same reglane som i fjor.");
        assertThat(PageText.of(panel)).contains("Klarspråk og universell utforming",
                "Skriv «om» i staden for «vedkomande».");

        _setValue(language, no.tavla.shared.Language.SWEDISH);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-markdown-text")),
                "Beträffande semestern gäller samma regler som i fjol.");
        assertThat(PageText.of(panel)).as("the Swedish word list, said in the writer's Nynorsk")
                .contains("Skriv «om» i staden for «beträffande».");
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")).getElement()
                .getAttribute("lang")).as("what is typed is in the item's language").isEqualTo("sv");
        assertThat(jdbc.queryForObject("SELECT language FROM news_item WHERE id = ?", String.class, itemId()))
                .isEqualTo("sv");

        UI.getCurrent().navigate("news/" + itemId());
        com.vaadin.flow.component.html.H1 heading = _get(com.vaadin.flow.component.html.H1.class,
                spec -> spec.withText("Nytt om ferie " + tag));
        assertThat(heading.getElement().getAttribute("lang")).as("the item's words in their own language")
                .isEqualTo("sv");
        assertThat(_get(MarkdownView.class).getElement().getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void aWriterAddsAnEnglishVersionAndAnEnglishReaderGetsItWithASwitchBack() {
        asOla();
        UI.getCurrent().navigate("write");
        _assertNone(LanguageVersionsPanel.class);
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Ny vaktordning " + tag);
        LanguageVersionsPanel panel = _get(LanguageVersionsPanel.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<no.tavla.shared.Language> add = _get(panel,
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("tavla-news-language-add"));
        assertThat(add.getListDataView().getItems().toList()).as("not the item's own language")
                .doesNotContain(no.tavla.shared.Language.BOKMAAL);
        _setValue(add, no.tavla.shared.Language.ENGLISH);
        _click(_get(panel, Button.class, spec -> spec.withClasses("tavla-news-language-add-button")));
        _setValue(_get(panel, TextField.class, spec -> spec.withClasses("tavla-news-language-title")),
                "New rota " + tag);
        _click(_get(panel, Button.class, spec -> spec.withClasses("tavla-news-language-save")));
        assertThat(PageText.of(panel)).contains("Versjonen på English er lagret.");
        assertThat(add.getListDataView().getItems().toList()).doesNotContain(no.tavla.shared.Language.ENGLISH);

        UI.getCurrent().getSession().setLocale(no.tavla.shared.Language.ENGLISH.locale());
        UI.getCurrent().setLocale(no.tavla.shared.Language.ENGLISH.locale());
        UI.getCurrent().navigate("news/" + itemId());
        assertThat(_find(com.vaadin.flow.component.html.H1.class).stream().map(h -> h.getText()))
                .contains("New rota " + tag);
        Button back = _get(Button.class, spec -> spec.withClasses("tavla-item-language-nb"));
        assertThat(back.getText()).isEqualTo("Norsk bokmål");
        assertThat(back.getElement().getAttribute("lang")).isEqualTo("nb");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-notice-print"))
                .getHref()).endsWith("&text=en");
        _click(back);
        assertThat(_find(com.vaadin.flow.component.html.H1.class).stream().map(h -> h.getText()))
                .contains("Ny vaktordning " + tag);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("tavla-notice-print"))
                .getHref()).as("the notice prints the version read").endsWith("&text=nb");
        _assertOne(Button.class, spec -> spec.withClasses("tavla-item-language-en"));

        jdbc.update("UPDATE news_item SET body = 'Tekst.' WHERE id = ?", itemId());
        announcements.publish(itemId());
        UI.getCurrent().navigate("");
        assertThat(_find(ItemCard.class).stream().map(PageText::of)).as("the feed's card in the reader's language")
                .anyMatch(text -> text.contains("New rota " + tag)).noneMatch(text -> text.contains("Ny vaktordning"));
    }

    @Test
    void aVersionIsWrittenWithToolbarPreviewAndHintsInItsOwnLanguageAndOnceOutTheWriterIsToldToCorrectItToo() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Sommerferie " + tag);
        LanguageVersionsPanel panel = _get(LanguageVersionsPanel.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<no.tavla.shared.Language> add = _get(panel,
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("tavla-news-language-add"));
        _setValue(add, no.tavla.shared.Language.SWEDISH);
        _click(_get(panel, Button.class, spec -> spec.withClasses("tavla-news-language-add-button")));
        _assertNone(panel, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("tavla-news-language-correct"));
        no.tavla.shared.ui.MarkdownField body = _get(panel, no.tavla.shared.ui.MarkdownField.class);
        assertThat(body.textArea().getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(body.textArea().hasClassName("tavla-news-language-body")).isTrue();
        _assertOne(panel, Button.class, spec -> spec.withClasses("tavla-markdown-bold"));
        _setValue(_get(panel, TextField.class, spec -> spec.withClasses("tavla-news-language-title")),
                "Sommarsemester " + tag);
        _setValue(body.textArea(), "Beträffande semestern gäller samma regler som förra året.");
        WritingHintsPanel hints = _get(panel, WritingHintsPanel.class);
        assertThat(PageText.of(hints)).as("the Swedish word list, for the Swedish version")
                .contains("Skriv «om» i stedet for «beträffande».");
        assertThat(PageText.of(_get(panel, MarkdownView.class)))
                .contains("Beträffande semestern");
        _click(_get(panel, Button.class, spec -> spec.withClasses("tavla-news-language-save")));
        assertThat(PageText.of(panel)).contains("Versjonen på Svenska er lagret.");

        jdbc.update("UPDATE news_item SET body = 'Tekst.' WHERE id = ?", itemId());
        announcements.publish(itemId());
        UI.getCurrent().navigate("write/" + itemId());
        panel = _get(LanguageVersionsPanel.class);
        assertThat(PageText.of(_get(panel, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("tavla-news-language-correct"))))
                .isEqualTo("Saken er ute. Rettelser i teksten over gjelder ikke versjonene på Svenska: "
                        + "rett dem her også.");
        assertThat(_get(panel, no.tavla.shared.ui.MarkdownField.class).textArea().getValue())
                .startsWith("Beträffande semestern");
    }

    @Test
    void theHintsNameAttachedPdfsAScreenReaderCannotUse() throws Exception {
        asOla();
        long unit = announcements.writingUnits().writable().getFirst().id();
        long id = announcements.create(no.tavla.news.ItemDraft.of("Rutine " + tag, "Ny rutine.", "Se vedlegget.",
                unit, null, ItemKind.NORMAL, null, false, no.tavla.news.Audience.units(
                        new no.tavla.news.AudienceUnit(unit, true)), null, null, null));
        itemFiles.addAttachment(id, "skannet.pdf", no.tavla.news.files.FileChecksTest.pdf(null, false));
        itemFiles.addAttachment(id, "rutine.pdf", no.tavla.news.files.FileChecksTest.pdf("Rutine", false));
        UI.getCurrent().navigate("write/" + id);
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-writing-hints")))).contains(
                "Vedlegget «skannet.pdf» er et skannet bilde uten tekst",
                "Vedlegget «rutine.pdf» er en PDF uten tagger");
        UI.getCurrent().navigate("write");
        assertThat(PageText.of(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("tavla-writing-hints")))).as("a new item has no files")
                .doesNotContain("Vedlegget");
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
                .getHref()).isEqualTo("notices/" + item + ".pdf?lang=en&text=nb");
        asKari();
        UI.getCurrent().navigate("news/" + item);
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tavla-counts"));
        _assertOne(Button.class, spec -> spec.withClasses("tavla-confirm-button"));
    }

    @Test
    void pagesAreThemselvesNotProxiesOfMethodSecurity() {
        // Vaadin checks a view's access annotation on navigation; a proxy around every view doubled a feed open's cost
        asOla();
        UI.getCurrent().navigate("");
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(UI.getCurrent().getCurrentView())).isFalse();
        UI.getCurrent().navigate("write");
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(WriteView.class);
    }

    @Test
    void writingANewItemFromAnOpenOneStartsAFreshDraftAndLeavesTheFirstAlone() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Første " + tag);
        long first = itemId();
        UI.getCurrent().navigate("write/" + first);
        UI.getCurrent().navigate("write"); // Vaadin reuses the view for the same route
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")).getValue()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Andre " + tag);
        assertThat(jdbc.queryForList("SELECT title FROM news_item WHERE title LIKE ? ORDER BY id", String.class,
                "%" + tag + "%")).containsExactly("Første " + tag, "Andre " + tag);
    }

    @Test
    void theUploadsOnTheWritePageSpeakTheReadersLanguage() {
        asOla();
        UI.getCurrent().navigate("write");
        for (com.vaadin.flow.component.upload.Upload upload : com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.vaadin.flow.component.upload.Upload.class)) {
            assertThat(upload.getI18n()).as("Vaadin's English default texts").isNotNull();
            assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Velg fil …");
            assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("eller slipp fila her");
            assertThat(upload.getI18n().getFile().getRemove()).isEqualTo("Fjern");
            assertThat(upload.getI18n().getUploading().getError().getServerUnavailable()).doesNotContain("Server");
        }
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(""); // choosing a language reloads the page: a new view
        UI.getCurrent().navigate("write");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.upload.Upload.class))
                .hasSize(2).allSatisfy(upload -> assertThat(upload.getI18n().getAddFiles().getOne())
                        .isEqualTo("Choose file…"));
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
        // a deliberate step of its own: a dialog that says what it does
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-already-public-open")));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false); // the dialog attaches
        assertThat(PageText.of(UI.getCurrent())).contains("telles som brudd på «internt først»");
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

    @Test
    void anEditorSeesNoApprovalButtonsOnTheirOwnSubmittedItemAndTakesItBackToChangeIt() {
        asOla();
        writeMustReadForEveryone("Til godkjenning " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-approve"));
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-return"));
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-publish"));
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")).isReadOnly())
                .as("not changed while communications read it").isTrue();
        _assertNone(Button.class, spec -> spec.withClasses("tavla-markdown-bold"));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-recall")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("tavla-news-saved"))
                .getText()).isEqualTo("Utkast");
        assertThat(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")).isReadOnly()).isFalse();
        _assertOne(Button.class, spec -> spec.withClasses("tavla-markdown-bold"));

        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));
        asIngrid();
        UI.getCurrent().navigate("write/" + itemId());
        _assertOne(Button.class, spec -> spec.withClasses("tavla-news-approve"));
        _assertOne(Button.class, spec -> spec.withClasses("tavla-news-return"));
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-recall"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScheduledItemSaysWhenItIsPlannedNotThatItIsPublished() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Planlagt " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-news-lead")), "I morgen.");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withClasses("tavla-news-audience-units")),
                Set.of(unit("OK-SOL")));
        java.time.LocalDateTime tomorrow = java.time.LocalDateTime.now(no.tavla.shared.TavlaTime.ZONE).plusDays(1)
                .withHour(8).withMinute(0).withSecond(0).withNano(0);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("Publiseres")), tomorrow);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-publish")));
        String status = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("tavla-news-saved"))
                .getText();
        assertThat(status).startsWith("Planlagt").contains("08:00").doesNotContain("Publisert");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusalIsShownOnTheFieldItConcernsNotBelowTheButtons() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Utløpt " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-news-lead")), "Kort.");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withClasses("tavla-news-audience-units")),
                Set.of(unit("OK-SOL")));
        java.time.LocalDateTime tomorrow = java.time.LocalDateTime.now(no.tavla.shared.TavlaTime.ZONE).plusDays(1)
                .withNano(0);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("Publiseres")), tomorrow);
        com.vaadin.flow.component.datetimepicker.DateTimePicker expires = _get(
                com.vaadin.flow.component.datetimepicker.DateTimePicker.class, spec -> spec.withLabel("Utløper (flyttes til arkivet)"));
        _setValue(expires, tomorrow.minusHours(2));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-publish")));
        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).isEqualTo("Utløpsdatoen må være etter publiseringstidspunktet.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("tavla-problem"))).extracting(p -> p.getText())
                .as("the lines below the buttons").containsOnly("");
        _setValue(expires, tomorrow.plusDays(7));
        assertThat(expires.isInvalid()).as("cleared when the draft saves again").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReleaseTimeAlreadyPassedIsSaidToHaveBecomeNow() {
        asOla();
        UI.getCurrent().navigate("write");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Bakdatert " + tag);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-news-lead")), "I går.");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withClasses("tavla-news-audience-units")),
                Set.of(unit("OK-SOL")));
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("Publiseres")),
                java.time.LocalDateTime.now(no.tavla.shared.TavlaTime.ZONE).minusDays(1).withNano(0));
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-publish")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("tavla-news-saved"))
                .getText()).startsWith("Publisert").contains("var passert, så saken ble publisert nå");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewItemBelongsToTheWritersOwnUnit() {
        asIngrid();
        UI.getCurrent().navigate("write");
        com.vaadin.flow.component.combobox.ComboBox<UnitTreeEntry> owner = _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("tavla-news-unit"));
        assertThat(owner.getValue().code()).isEqualTo("ST-KOM");
        asOla();
        UI.getCurrent().navigate("write");
        owner = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withClasses("tavla-news-unit"));
        assertThat(owner.getValue().code()).isEqualTo("OK-SOL");
    }

    @Test
    void aCorrectionOfApprovedTextWaitsForCommunicationsWhoConfirmItOnThePage() {
        asOla();
        writeMustReadForEveryone("Godkjent tekst " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-submit")));
        long id = itemId();
        asIngrid();
        UI.getCurrent().navigate("write/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-approve")));

        asOla();
        UI.getCurrent().navigate("write/" + id);
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-title")), "Ugodkjent tekst " + tag);
        Button correct = _get(Button.class, spec -> spec.withClasses("tavla-news-correct"));
        assertThat(correct.getText()).isEqualTo("Send rettelsen til godkjenning");
        _click(correct);
        assertThat(PageText.of(UI.getCurrent())).contains("Rettelsen venter på kommunikasjonsenheten")
                .contains("Rettelse som venter på godkjenning");
        _assertNone(Button.class, spec -> spec.withClasses("tavla-news-correction-confirm"));
        asKari();
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("Godkjent tekst " + tag).doesNotContain("Ugodkjent");

        asIngrid();
        UI.getCurrent().navigate("write/" + id);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-correction-confirm")));
        assertThat(PageText.of(UI.getCurrent())).contains("Rettelse godkjent").contains("versjon 2")
                .contains("Godkjent og publisert (versjon 1)");
        asKari();
        UI.getCurrent().navigate("news/" + id);
        assertThat(PageText.of(UI.getCurrent())).contains("Ugodkjent tekst " + tag);
    }

    @Test
    void markingAWholeMunicipalityItemAlreadyPublicSendsItForApprovalNotOut() {
        asOla();
        writeMustReadForEveryone("Lekket " + tag);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-news-already-public-open")));
        Button mark = _get(Button.class, spec -> spec.withClasses("tavla-news-already-public"));
        assertThat(mark.getText()).isEqualTo("Merk som allerede offentlig og send til godkjenning straks");
        _setValue(_get(TextField.class, spec -> spec.withClasses("tavla-news-public-reason")), "NRK i kveld");
        _click(mark);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("tavla-news-saved"))
                .getText()).isEqualTo("Til godkjenning");
        asKari();
        UI.getCurrent().navigate("news/" + itemId());
        _assertNone(ItemView.class);
    }

    @Test
    void aRefusedUploadSaysWhyNextToTheUpload() {
        asOla();
        UI.getCurrent().navigate("write");
        com.vaadin.flow.component.upload.Upload image = _get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withClasses("tavla-news-image-upload"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(image,
                new com.vaadin.flow.component.upload.FileRejectedEvent(image, "Incorrect File Type.", "kart.svg"));
        com.vaadin.flow.component.html.Paragraph said = _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("tavla-news-file-problem"));
        assertThat(said.getText()).startsWith("Filen er ikke et helt bilde i PNG, JPEG eller WebP");
        assertThat(said.getParent()).get().isEqualTo(image.getParent().orElseThrow())
                .as("in the files' own section, beside the upload");
        com.vaadin.flow.component.ComponentUtil.fireEvent(image,
                new com.vaadin.flow.component.upload.FileRejectedEvent(image, "File is Too Big.", "kart.png"));
        assertThat(said.getText()).startsWith("Bildet er for stort");
    }
}
