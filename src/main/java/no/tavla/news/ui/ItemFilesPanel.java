package no.tavla.news.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import no.tavla.news.ItemFile;
import no.tavla.news.files.ItemFiles;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;

/**
 * An item's images and attachments on the write page: an image goes into the text with its alt text where the writer
 * wants it; attachments are listed. What is refused, and why, is said here, beside the uploads.
 */
class ItemFilesPanel extends Div {

    static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg",
            ".webp");
    static final List<String> ATTACHMENT_TYPES = List.of(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
            ".odt", ".ods", ".odp");

    private final transient ItemFiles files;
    /** The item's id, made first (by saving the draft) if there is none yet; 0 when it cannot be made. */
    private final transient LongSupplier itemId;
    private final Paragraph problem = Forms.problemLine();
    private final FieldProblems problems = new FieldProblems(problem);
    private final Div list = new Div();
    private byte[] pendingImage;
    private String pendingImageName;

    /** @param inserted given the Markdown of an image just added, puts it into the text */
    private transient Consumer<Long> onShown = id -> { };

    ItemFilesPanel(ItemFiles files, LongSupplier itemId, Consumer<String> inserted) {
        this.files = files;
        this.itemId = itemId;
        addClassNames("tavla-news-files-panel");
        UI ui = UI.getCurrent();
        Upload image = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            pendingImage = bytes;
            pendingImageName = metadata.fileName();
            problems.say(getTranslation("files.image.received", metadata.fileName()));
        })));
        image.setMaxFiles(1);
        image.setMaxFileSize(ItemFiles.MAX_IMAGE_BYTES);
        image.setAcceptedFileTypes(IMAGE_TYPES.toArray(String[]::new));
        image.addClassName("tavla-news-image-upload");
        Forms.translated(image, "files.image.type", "files.image.too-large", ItemFiles.MAX_IMAGE_BYTES / (1024 * 1024));
        image.addFileRejectedListener(e -> problems.say(FileRejection.of(e.getFileName(), IMAGE_TYPES)
                == FileRejection.TYPE ? getTranslation("files.image.type")
                : getTranslation("files.image.too-large", ItemFiles.MAX_IMAGE_BYTES / (1024 * 1024))));
        TextField alt = new TextField(getTranslation("files.alt"));
        alt.setMaxLength(ItemFiles.MAX_ALT);
        alt.setHelperText(getTranslation("files.alt.help"));
        alt.setWidthFull();
        alt.addClassName("tavla-news-image-alt");
        problems.field("files.alt", alt);
        Button insert = new Button(getTranslation("files.image.insert"), e -> {
            if (pendingImage == null) {
                problems.say(getTranslation("files.empty"));
                return;
            }
            withItem(id -> {
                ItemFile added = files.addImage(id, pendingImageName, pendingImage, alt.getValue());
                pendingImage = null;
                alt.clear();
                inserted.accept("\n\n![" + markdownEscaped(added.altText()) + "](" + added.url() + ")\n");
                image.clearFileList();
            });
        });
        insert.addClassName("tavla-news-image-insert");
        Upload attachment = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                withItem(id -> files.addAttachment(id, metadata.fileName(), bytes)))));
        attachment.setMaxFiles(10);
        attachment.setMaxFileSize(ItemFiles.MAX_ATTACHMENT_BYTES);
        attachment.setAcceptedFileTypes(ATTACHMENT_TYPES.toArray(String[]::new));
        attachment.addClassName("tavla-news-attachment-upload");
        Forms.translated(attachment, "files.attachment.type", "files.attachment.too-large",
                ItemFiles.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        attachment.addFileRejectedListener(e -> problems.say(
                FileRejection.of(e.getFileName(), ATTACHMENT_TYPES) == FileRejection.TYPE
                        ? getTranslation("files.attachment.type")
                        : getTranslation("files.attachment.too-large", ItemFiles.MAX_ATTACHMENT_BYTES / (1024 * 1024))));
        list.addClassName("tavla-news-files");
        problem.addClassName("tavla-news-file-problem");
        add(new H3(getTranslation("files.heading")), new Paragraph(getTranslation("files.image")), image, alt, insert,
                new Paragraph(getTranslation("files.attachments")), attachment, problem, list);
    }

    /** Text that Markdown shows as it is: every ASCII punctuation mark escaped. */
    static String markdownEscaped(String text) {
        return text.replaceAll("([\\p{Punct}])", "\\\\$1").replace("\n", " ");
    }

    /** Runs a file action on the item, making the draft first if this is a new one. */
    void withItem(java.util.function.LongConsumer action) {
        try {
            long id = itemId.getAsLong();
            if (id == 0) {
                problems.say(getTranslation("news.unit.required"));
                return;
            }
            action.accept(id);
            problems.clear();
            show(id);
        } catch (Refusal refusal) {
            problems.show(refusal);
        }
    }

    /** The item's files, each with a way to remove it. */
    void show(Long id) {
        list.removeAll();
        if (id == null) {
            onShown.accept(null);
            return;
        }
        UnorderedList shown = new UnorderedList();
        for (ItemFile file : files.of(id)) {
            Button remove = new Button(getTranslation("files.remove"), e -> withItem(item -> files.remove(file.id())));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("files.remove.named", file.fileName()));
            shown.add(new ListItem(new Anchor(file.url(), file.fileName()), new Span(" · "
                    + getTranslation("files.kind." + file.kind().name()) + " · " + (file.sizeBytes() / 1024 + 1)
                    + " kB "), remove));
        }
        list.add(shown);
        onShown.accept(id);
    }

    /** Told the item's id (null for a new one) each time its files are shown anew (the hints look at its PDFs). */
    void onShown(Consumer<Long> listener) {
        onShown = listener;
    }
}
