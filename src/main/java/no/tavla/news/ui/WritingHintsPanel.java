package no.tavla.news.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import no.tavla.news.writing.WritingHints;

/**
 * Help beside the text while writing (issue 17): how readable it is and what to change, each hint one line that says
 * what to do. Never a gate: publishing is the same whatever it says. It follows the typing quietly (not read out at
 * every change); a screen reader finds it by its heading.
 */
class WritingHintsPanel extends Div implements com.vaadin.flow.i18n.LocaleChangeObserver {

    /** The most hints shown at once: the first ones matter most, and the rest follow as those are mended. */
    static final int SHOWN = 12;

    private final transient WritingHints hints;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final H3 heading = new H3();

    WritingHintsPanel(WritingHints hints) {
        this.hints = hints;
        addClassNames("tavla-writing-hints");
        getElement().setAttribute("aria-live", "off");
        summary.addClassName("tavla-writing-hints-summary");
        list.addClassName("tavla-writing-hints-list");
        add(heading, summary, list);
        heading.setText(getTranslation("hints.heading"));
        update("", "", "", language);
    }

    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        heading.setText(getTranslation("hints.heading"));
    }

    private String title = "";
    private String lead = "";
    private String body = "";
    private no.tavla.shared.Language language = no.tavla.shared.Language.DEFAULT;
    private java.util.List<no.tavla.news.files.ItemFiles.PdfProblem> pdfs = java.util.List.of();

    /**
     * Follows a title, lead and text as they are typed or loaded, in the language {@code language} says (the item's,
     * or a version's), and works the hints out for what they hold now.
     *
     * @return what works them out again, for a change the fields do not see (the item's language chosen)
     */
    Runnable follow(com.vaadin.flow.component.textfield.TextField title,
                    com.vaadin.flow.component.textfield.TextArea lead, no.tavla.shared.ui.MarkdownField body,
                    java.util.function.Supplier<no.tavla.shared.Language> language) {
        Runnable again = () -> update(title.getValue(), lead.getValue(), body.getValue(), language.get());
        title.addValueChangeListener(e -> again.run());
        lead.addValueChangeListener(e -> again.run());
        body.addValueChangeListener(e -> again.run());
        again.run();
        return again;
    }

    /** The attached PDFs a screen reader cannot use, shown with the rest. */
    void files(java.util.List<no.tavla.news.files.ItemFiles.PdfProblem> problems) {
        pdfs = java.util.List.copyOf(problems);
        update(title, lead, body, language);
    }

    /** Works the hints out again for what the form holds now. */
    void update(String title, String lead, String body, no.tavla.shared.Language language) {
        this.title = title;
        this.lead = lead;
        this.body = body;
        this.language = language;
        // the word list of the language the item is written in (English has none: Bokmål's)
        WritingHints.Result result = hints.check(title, lead, body, language.tag(), WritingHints.Limits.DEFAULT);
        summary.setText(result.lix() == null ? getTranslation("hints.lix.short")
                : getTranslation("hints.lix", result.lix(), getTranslation("hints.band." + result.band().name()),
                WritingHints.Limits.DEFAULT.lixTarget()));
        list.removeAll();
        for (WritingHints.Hint hint : result.hints().subList(0, Math.min(SHOWN, result.hints().size()))) {
            ListItem item = new ListItem(getTranslation("hints." + hint.kind().name(), hint.arguments().toArray()));
            item.addClassNames("tavla-writing-hint", "tavla-writing-hint-" + hint.kind().name().toLowerCase(
                    java.util.Locale.ROOT));
            list.add(item);
        }
        for (no.tavla.news.files.ItemFiles.PdfProblem pdf : pdfs) {
            ListItem item = new ListItem(getTranslation(pdf.scanned() ? "hints.PDF_SCANNED" : "hints.PDF_UNTAGGED",
                    pdf.fileName()));
            item.addClassNames("tavla-writing-hint", "tavla-writing-hint-pdf");
            list.add(item);
        }
        if (result.hints().size() > SHOWN) {
            ListItem more = new ListItem(getTranslation("hints.more", result.hints().size() - SHOWN));
            more.addClassName("tavla-writing-hints-more");
            list.add(more);
        }
        list.setVisible(!result.hints().isEmpty() || !pdfs.isEmpty());
        if (result.hints().isEmpty() && pdfs.isEmpty()) {
            summary.setText(summary.getText() + " " + getTranslation("hints.none"));
        }
    }
}
