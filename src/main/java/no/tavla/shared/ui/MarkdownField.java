package no.tavla.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * A Markdown text area with a toolbar (headings, bold, italic, lists, link, quote, table) and a live preview beside it
 * (below it on a phone). The toolbar buttons act on the selected text in the browser and keep the keyboard focus in the
 * text.
 */
public class MarkdownField extends Composite<Div> implements com.vaadin.flow.component.HasSize {

    /** What each button puts around the selection (or at the start of each selected line). */
    private enum Format {
        HEADING("markdown.heading", "## ", "", true),
        BOLD("markdown.bold", "**", "**", false),
        ITALIC("markdown.italic", "_", "_", false),
        BULLETS("markdown.bullets", "- ", "", true),
        NUMBERS("markdown.numbers", "1. ", "", true),
        LINK("markdown.link", "[", "](https://)", false),
        QUOTE("markdown.quote", "> ", "", true),
        /** A table of two columns with its header row, in the page's language (see {@link #apply}). */
        TABLE("markdown.table", "", "", false);

        final String key;
        final String before;
        final String after;
        final boolean perLine;

        Format(String key, String before, String after, boolean perLine) {
            this.key = key;
            this.before = before;
            this.after = after;
            this.perLine = perLine;
        }
    }

    private static final String APPLY = """
            const area = this.inputElement;
            const start = area.selectionStart, end = area.selectionEnd, text = area.value;
            const selected = text.substring(start, end);
            let replacement;
            if ($2) {
              const lineStart = text.lastIndexOf('\\n', start - 1) + 1;
              const block = text.substring(lineStart, end);
              replacement = block.split('\\n').map(l => $0 + l).join('\\n');
              area.setRangeText(replacement, lineStart, end, 'end');
            } else {
              replacement = $0 + (selected || $3) + $1;
              area.setRangeText(replacement, start, end, 'select');
              area.setSelectionRange(start + $0.length, start + $0.length + (selected || $3).length);
            }
            area.focus();
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.dispatchEvent(new Event('change', {bubbles: true}));
            """;

    private final TextArea text = new TextArea();
    private final MarkdownView preview = new MarkdownView("");
    private final Div toolbar = new Div();

    public MarkdownField(String label, int maxLength) {
        Div root = getContent();
        root.addClassName("tavla-markdown");
        text.setLabel(label);
        text.setMaxLength(maxLength);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(400);
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setHelperText(root.getTranslation("markdown.help"));
        text.addClassName("tavla-markdown-text");
        text.addValueChangeListener(e -> preview.setMarkdown(e.getValue()));

        toolbar.addClassName("tavla-markdown-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", root.getTranslation("markdown.toolbar"));
        for (Format format : Format.values()) {
            Button button = new Button(root.getTranslation(format.key + ".short"), e -> apply(format));
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            // named by the text it shows (WCAG 2.5.3, label in name); the longer name is its tooltip
            button.getElement().setAttribute("title", root.getTranslation(format.key));
            button.addClassName("tavla-markdown-" + format.name().toLowerCase(java.util.Locale.ROOT));
            toolbar.add(button);
        }
        Div previewBox = new Div(new H3(root.getTranslation("markdown.preview")), preview);
        previewBox.addClassName("tavla-markdown-preview");
        previewBox.getElement().setAttribute("aria-live", "off");
        Div editor = new Div(toolbar, text);
        editor.addClassName("tavla-markdown-editor");
        root.add(editor, previewBox);
    }

    private void apply(Format format) {
        String before = format.before;
        String after = format.after;
        if (format == Format.TABLE) {
            // a header row that names the columns, so a screen reader can say which column a cell is in
            String column = getContent().getTranslation("markdown.table.column");
            before = "\n| " + column + " 1 | " + column + " 2 |\n| --- | --- |\n| ";
            after = " |  |\n";
        }
        text.getElement().executeJs(APPLY, before, after, format.perLine,
                getContent().getTranslation("markdown.placeholder"));
    }

    public String getValue() {
        return text.getValue();
    }

    public void setValue(String value) {
        text.setValue(value == null ? "" : value);
        preview.setMarkdown(text.getValue());
    }

    public Registration addValueChangeListener(
            HasValue.ValueChangeListener<? super com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<TextArea, String>> listener) {
        return text.addValueChangeListener(listener);
    }

    /** Read-only: the text can be read and copied, and the toolbar that would change it is gone. */
    public void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
        toolbar.setVisible(!readOnly);
    }

    /** The language the text is written in, whatever the page's: for spelling and for a screen reader's voice. */
    public void setLanguage(String tag) {
        text.getElement().setAttribute("lang", tag);
        preview.getElement().setAttribute("lang", tag);
    }

    /** The text area itself, for tests and for focus. */
    public TextArea textArea() {
        return text;
    }
}
