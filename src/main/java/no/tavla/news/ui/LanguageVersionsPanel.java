package no.tavla.news.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.tavla.news.LanguageVersion;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.LanguageVersions;
import no.tavla.news.writing.WritingHints;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.MarkdownField;

/**
 * The write page's versions of the item in other languages (issue 17): one part per language with its title, lead and
 * text, saved by its own button; a language is added from those the item is not yet in. Shown once the item exists.
 * Each version is written as the item is: Markdown with its toolbar and preview, and the writing hints in the version's
 * own language. Once the item is out, a correction of its text does not reach the versions, and the panel says so.
 */
class LanguageVersionsPanel extends Div {

    private final transient LanguageVersions versions;
    private final transient WritingHints hints;
    private final Div list = new Div();
    private final Paragraph correct = new Paragraph();
    private final Select<Language> add = new Select<>();
    private final Button adding = new Button();
    private final Paragraph problem = Forms.problemLine();
    private final FieldProblems problems = new FieldProblems(problem);
    private long id;
    private Language written;
    private boolean editable;
    private boolean out;
    /** The title field of the part made last: where focus goes when a language is added. */
    private TextField lastTitle;

    LanguageVersionsPanel(LanguageVersions versions, WritingHints hints) {
        this.versions = versions;
        this.hints = hints;
        correct.addClassName("tavla-news-language-correct");
        addClassNames("tavla-section", "tavla-news-languages");
        add.setLabel(getTranslation("news.language-version.add"));
        add.setItemLabelGenerator(Language::nativeName);
        add.addClassName("tavla-news-language-add");
        adding.setText(getTranslation("news.language-version.add.button"));
        adding.addClassName("tavla-news-language-add-button");
        adding.addClickListener(e -> {
            if (add.getValue() != null) {
                Details part = part(new LanguageVersion(add.getValue(), "", "", ""), true);
                list.add(part);
                offer();
                sayCorrect();
                lastTitle.focus();
            }
        });
        Div addRow = new Div(add, adding);
        addRow.addClassName("tavla-news-language-add-row");
        add(new H2(getTranslation("news.language-version.heading")),
                new Paragraph(getTranslation("news.language-version.help")), correct, list, addRow, problem);
        setVisible(false);
    }

    /** The item's versions; hidden while the item does not exist yet. {@code isOut}: published, readers have it. */
    void show(Long itemId, Language itemLanguage, boolean mayChange, boolean isOut) {
        setVisible(itemId != null);
        list.removeAll();
        if (itemId == null) {
            return;
        }
        id = itemId;
        written = itemLanguage;
        editable = mayChange;
        out = isOut;
        versions.of(id).forEach(version -> list.add(part(version, false)));
        add.setVisible(editable);
        adding.setVisible(editable);
        offer();
        sayCorrect();
    }

    /** Once the item is out and has versions: a correction of its text above is to be made in them too. */
    private void sayCorrect() {
        List<String> names = list.getChildren().map(LanguageVersionsPanel::languageOf)
                .map(Language::nativeName).toList();
        correct.setVisible(out && !names.isEmpty());
        correct.setText(names.isEmpty() ? "" : getTranslation("news.language-version.correct",
                String.join(", ", names)));
    }

    /** The languages a version can still be added in: not the item's own, not one it has. */
    private void offer() {
        List<Language> shown = list.getChildren().map(LanguageVersionsPanel::languageOf).toList();
        List<Language> left = Arrays.stream(Language.values()).filter(l -> l != written && !shown.contains(l))
                .toList();
        add.setItems(left);
        add.setEnabled(!left.isEmpty());
        adding.setEnabled(!left.isEmpty());
        if (!left.isEmpty()) {
            add.setValue(left.getFirst());
        }
    }

    private Details part(LanguageVersion version, boolean open) {
        Language language = version.language();
        TextField title = Forms.textField(getTranslation("news.title"), version.title(), Announcements.MAX_TITLE);
        title.setWidthFull();
        title.addClassName("tavla-news-language-title");
        lastTitle = title;
        TextArea lead = Forms.textArea(getTranslation("news.lead"), version.lead(), Announcements.MAX_LEAD);
        lead.addClassName("tavla-news-language-lead");
        MarkdownField body = new MarkdownField(getTranslation("news.body"), Announcements.MAX_BODY);
        body.setValue(version.body());
        body.setWidthFull();
        body.textArea().addClassName("tavla-news-language-body");
        // what is typed here is in the version's language, whatever the page's
        title.getElement().setAttribute("lang", language.tag());
        lead.getElement().setAttribute("lang", language.tag());
        body.setLanguage(language.tag());
        title.setReadOnly(!editable);
        lead.setReadOnly(!editable);
        body.setReadOnly(!editable);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        lead.setValueChangeMode(ValueChangeMode.LAZY);
        WritingHintsPanel hinting = new WritingHintsPanel(hints);
        hinting.follow(title, lead, body, () -> language);
        Details part = new Details(language.nativeName());
        part.getElement().setProperty("tavlaLanguage", language.tag());
        part.addClassNames("tavla-news-language-version", "tavla-news-language-version-" + language.tag());
        part.setOpened(open);
        Div fields = new Div(title, lead, body, hinting);
        part.add(fields);
        if (editable) {
            FieldProblems here = new FieldProblems(problem).field("news.title", title).field("news.lead", lead)
                    .field("news.body", body.textArea());
            Button save = new Button(getTranslation("news.language-version.save.named", language.nativeName()), e -> {
                try {
                    versions.save(id, new LanguageVersion(language, title.getValue(), lead.getValue(),
                            body.getValue()));
                    here.say(getTranslation("news.language-version.saved", language.nativeName()));
                } catch (Refusal refusal) {
                    here.show(refusal);
                }
            });
            save.addClassName("tavla-news-language-save");
            Button remove = new Button(getTranslation("news.language-version.remove.named", language.nativeName()),
                    e -> {
                        try {
                            versions.remove(id, language);
                            list.remove(part);
                            offer();
                            sayCorrect();
                            problems.say(getTranslation("news.language-version.removed", language.nativeName()));
                        } catch (Refusal refusal) {
                            problems.show(refusal);
                        }
                    });
            remove.addClassName("tavla-news-language-remove");
            part.add(new Div(save, remove));
        }
        return part;
    }

    /** Which language a version's part is for. */
    private static Language languageOf(com.vaadin.flow.component.Component part) {
        return Language.fromTag(part.getElement().getProperty("tavlaLanguage", "")).orElse(null);
    }
}
