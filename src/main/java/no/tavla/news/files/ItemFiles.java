package no.tavla.news.files;

import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import no.tavla.news.ItemStatus;
import no.tavla.news.internal.NewsRules;
import no.tavla.news.reading.NewsFeed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.tavla.news.internal.FileStore;
import no.tavla.news.internal.NewsStore;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images and attachments of items. Images (PNG, JPEG or WebP, at most 10 MB) are decoded and written anew and need an
 * alt text; attachments (PDF and office files, at most 25 MB) are accepted by what their content is, never by their
 * name. A file is served only to those who may open its item.
 */
@Service
public class ItemFiles {

    public static final int MAX_IMAGE_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
    public static final int MAX_ALT = 300;
    public static final int MAX_FILES = 30;

    /** A file's content with what to send it as. */
    public record Content(ItemFile file, byte[] bytes) {
    }

    private final FileStore fileStore;
    private final NewsStore store;
    private final NewsFeed feed;
    private final CurrentActor current;
    private final Clock clock;

    private final no.tavla.organisation.AccessPolicy policy;
    private final no.tavla.organisation.People people;
    private final no.tavla.organisation.Audiences audiences;

    ItemFiles(FileStore fileStore, NewsStore store, NewsFeed feed, CurrentActor current, Clock clock,
              no.tavla.organisation.AccessPolicy policy, no.tavla.organisation.People people,
              no.tavla.organisation.Audiences audiences) {
        this.policy = policy;
        this.people = people;
        this.audiences = audiences;
        this.fileStore = fileStore;
        this.store = store;
        this.feed = feed;
        this.current = current;
        this.clock = clock;
    }

    /** Adds an image to an item; returns it, ready to be referred to in the text. */
    @Transactional
    public ItemFile addImage(long itemId, String fileName, byte[] bytes, String altText) {
        requireWorkable(itemId);
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new Refusal("files.alt.required");
        }
        if (alt.length() > MAX_ALT) {
            throw new Refusal("files.alt.too-long", MAX_ALT);
        }
        if (bytes == null || bytes.length == 0) {
            throw new Refusal("files.empty");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new Refusal("files.image.too-large", MAX_IMAGE_BYTES / (1024 * 1024));
        }
        FileChecks.Image image = FileChecks.reencode(bytes).orElseThrow(() -> new Refusal("files.image.type"));
        String name = FileChecks.cleanName(fileName, "bilde");
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name) + "." + image.extension();
        return save(itemId, ItemFile.Kind.IMAGE, name, image.mediaType(), image.bytes(), alt);
    }

    /** Adds an attachment (PDF or an office file) to an item. */
    @Transactional
    public ItemFile addAttachment(long itemId, String fileName, byte[] bytes) {
        requireWorkable(itemId);
        if (bytes == null || bytes.length == 0) {
            throw new Refusal("files.empty");
        }
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw new Refusal("files.attachment.too-large", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = FileChecks.cleanName(fileName, "vedlegg");
        String type = FileChecks.attachmentType(bytes, name).orElseThrow(() -> new Refusal("files.attachment.type"));
        ItemFile saved = save(itemId, ItemFile.Kind.ATTACHMENT, name, type, bytes, null);
        if ("application/pdf".equals(type)) {
            fileStore.setPdfCheck(saved.id(), FileChecks.pdfCheck(bytes));
        }
        return saved;
    }

    /** An attached PDF a screen reader cannot use. @param scanned it holds no text (else it has no tags) */
    public record PdfProblem(String fileName, boolean scanned) {
    }

    /** The item's attached PDFs that a screen reader cannot use, for those who work on it (issue 17). */
    public List<PdfProblem> pdfProblems(long itemId) {
        if (!feed.mayWorkOn(itemId)) {
            throw new AccessDeniedException("Only those who work on the item see its files' checks");
        }
        return fileStore.pdfProblems(itemId).entrySet().stream().map(problem -> new PdfProblem(problem.getKey(),
                "NO_TEXT".equals(problem.getValue()))).toList();
    }

    @Transactional
    public void remove(long fileId) {
        ItemFile file = find(fileId).orElseThrow(() -> new Refusal("files.unknown"));
        requireWorkable(file.itemId());
        fileStore.delete(fileId);
    }

    /** An item's files, for those who may open the item. */
    public List<ItemFile> of(long itemId) {
        if (!feed.mayOpen(itemId)) {
            throw new Refusal("news.unknown");
        }
        return fileStore.of(itemId);
    }

    /** A file's content, only for those who may open its item; empty otherwise (as if it did not exist). */
    @Transactional(readOnly = true)
    public Optional<Content> content(long fileId) {
        Optional<ItemFile> file = find(fileId);
        if (file.isEmpty() || !feed.mayOpen(file.get().itemId())) {
            return Optional.empty();
        }
        return Optional.of(new Content(file.get(), bytes(fileId, file.get().sizeBytes())));
    }

    /** A file's content if its item passes the test (the public channel's own check), whoever asks. */
    @Transactional(readOnly = true)
    public Optional<Content> publicContent(long fileId, java.util.function.LongPredicate itemIsPublic) {
        Optional<ItemFile> file = find(fileId);
        if (file.isEmpty() || !itemIsPublic.test(file.get().itemId())) {
            return Optional.empty();
        }
        return Optional.of(new Content(file.get(), bytes(fileId, file.get().sizeBytes())));
    }

    private byte[] bytes(long fileId, long size) {
        return fileStore.bytes(fileId, size);
    }

    private ItemFile save(long itemId, ItemFile.Kind kind, String name, String type, byte[] bytes, String alt) {
        if (fileStore.count(itemId) >= MAX_FILES) {
            throw new Refusal("files.too-many", MAX_FILES);
        }
        return fileStore.insert(itemId, kind, name, type, bytes, alt, current.nameOrSystem(), clock.instant());
    }

    private void requireWorkable(long itemId) {
        Item item = store.find(itemId).orElseThrow(() -> new Refusal("news.unknown"));
        if (!feed.mayWorkOn(itemId)) {
            throw new AccessDeniedException("Only those who work on the item add files");
        }
        if (item.status() == ItemStatus.WITHDRAWN) {
            throw new Refusal("news.status.wrong");
        }
        // files are approved content too: like the text, they are not changed under communications' approval
        boolean approvedContent = item.status() == ItemStatus.SUBMITTED
                ? !policy.mayApprove(people.currentActor()) : item.status() == ItemStatus.PUBLISHED
                && !policy.mayPublishDirectly(people.currentActor(), NewsRules.scope(item, audiences, clock.instant()));
        if (approvedContent) {
            throw new Refusal("files.locked");
        }
    }

    private Optional<ItemFile> find(long fileId) {
        return fileStore.find(fileId);
    }
}
