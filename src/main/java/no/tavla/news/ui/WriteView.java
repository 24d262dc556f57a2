package no.tavla.news.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.news.Announcements;
import no.tavla.news.Corrections;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemEvent;
import no.tavla.news.ItemFile;
import no.tavla.news.ItemFiles;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.ItemVersion;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.MarkdownField;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing an item: title, lead and Markdown body with a live preview, the owning unit, the audience with its size
 * (and how many have no work computer), the kind, comments, release and expiry. Drafts save themselves as they are
 * typed. Then publish (within the writer's own units), submit for approval, or, for communications, approve or return;
 * after publication, correct (significant or minor) or withdraw. The item's history is shown below.
 */
@Route("write/:id?")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
class WriteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Announcements announcements;
    private final transient Corrections corrections;
    /** Where a file's refusal or receipt is said: next to the uploads, not below the page. */
    private final Paragraph fileProblem = Forms.problemLine();
    private boolean approver;
    private final transient Clock clock;
    private final TextField title = Forms.textField(getTranslation("news.title"), "", Announcements.MAX_TITLE);
    private final TextArea lead = Forms.textArea(getTranslation("news.lead"), "", Announcements.MAX_LEAD);
    private final MarkdownField body = new MarkdownField(getTranslation("news.body"), Announcements.MAX_BODY);
    private final ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("news.unit"));
    private final ComboBox<UnitPage.PersonCard> contact = new ComboBox<>(getTranslation("news.contact.person"));
    private final transient UnitPages pages;
    private final Checkbox whole = new Checkbox(getTranslation("news.audience.whole"));
    private final MultiSelectComboBox<UnitTreeEntry> audienceUnits =
            new MultiSelectComboBox<>(getTranslation("news.audience.units"));
    private final Checkbox subUnits = new Checkbox(getTranslation("news.audience.sub-units"), true);
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("news.audience.roles"));
    private final Paragraph size = new Paragraph();
    private final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    private final DateTimePicker pinnedUntil = new DateTimePicker(getTranslation("news.pinned-until"));
    private final Checkbox commentsOn = new Checkbox(getTranslation("news.comments"));
    private final DateTimePicker releaseAt = new DateTimePicker(getTranslation("news.release-at"));
    private final DateTimePicker expiresAt = new DateTimePicker(getTranslation("news.expires-at"));
    private final DateTimePicker external = new DateTimePicker(getTranslation("news.external"));
    private final Paragraph saved = new Paragraph();
    private final Paragraph problem = Forms.problemLine();
    private final Div actions = new Div();
    private final Div history = new Div();
    private final Div fileList = new Div();
    private final transient ItemFiles files;
    private byte[] pendingImage;
    private String pendingImageName;
    private final List<UnitTreeEntry> units;
    private final transient UnitTreeEntry ownUnit;
    private Long id;
    private Item item;
    private boolean loading;

    WriteView(Announcements announcements, Corrections corrections, UnitPages pages, People people,
              AccessPolicy policy, Clock clock, ItemFiles files) {
        this.announcements = announcements;
        this.corrections = corrections;
        this.files = files;
        this.pages = pages;
        contact.setItemLabelGenerator(p -> p.name() + (p.title() == null ? "" : " – " + p.title()));
        contact.setHelperText(getTranslation("news.contact.help"));
        contact.setClearButtonVisible(true);
        contact.addClassName("tavla-news-contact");
        unit.addValueChangeListener(e -> contactChoices());
        this.clock = clock;
        addClassNames("tavla-page", "tavla-wide");
        Actor actor = people.currentActor();
        List<UnitTreeEntry> all = pages.tree();
        units = all.stream().filter(UnitTreeEntry::active).toList();
        List<UnitTreeEntry> writable = units.stream()
                .filter(u -> policy.may(actor, Action.PUBLISH_FOR_UNIT, u.id())).toList();
        unit.setItems(writable);
        approver = policy.mayApprove(actor);
        // a new item belongs to the writer's own unit when they write for it, else to the unit they are editor for
        // (not one of its sub-units), else to the first they may write for
        Long home = actor.personId().flatMap(pages::primaryUnitOf).orElse(null);
        ownUnit = writable.stream().filter(u -> home != null && u.id() == home).findFirst()
                .or(() -> writable.stream().filter(u -> actor.unitRoles().getOrDefault(u.id(), Set.of())
                        .contains(Role.EDITOR)).findFirst())
                .orElse(writable.isEmpty() ? null : writable.get(0));
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.setRequiredIndicatorVisible(true);
        unit.addClassName("tavla-news-unit");
        audienceUnits.setItems(units);
        audienceUnits.setItemLabelGenerator(UnitTreeEntry::name);
        audienceUnits.addClassName("tavla-news-audience-units");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setHelperText(getTranslation("news.audience.roles.help"));
        whole.addClassName("tavla-news-whole");
        size.addClassName("tavla-news-size");
        size.getElement().setAttribute("aria-live", "polite");
        kind.setLabel(getTranslation("news.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("news.kind." + k.name()));
        kind.setValue(ItemKind.NORMAL);
        kind.addClassName("tavla-news-kind");
        pinnedUntil.setVisible(false);
        kind.addValueChangeListener(e -> pinnedUntil.setVisible(e.getValue() == ItemKind.IMPORTANT));
        whole.addValueChangeListener(e -> audienceUnits.setEnabled(!e.getValue()));
        title.addClassName("tavla-news-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        lead.setValueChangeMode(ValueChangeMode.LAZY);
        lead.addClassName("tavla-news-lead");
        releaseAt.setHelperText(getTranslation("news.release-at.help"));
        external.setHelperText(getTranslation("news.external.help"));
        external.addClassName("tavla-news-external");
        saved.addClassName("tavla-news-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        actions.addClassName("tavla-actions");
        history.addClassName("tavla-news-history");

        Div audience = new Div(new H2(getTranslation("news.audience")), whole, audienceUnits, subUnits, roles, size);
        audience.addClassName("tavla-section");
        Div settings = new Div(new H2(getTranslation("news.settings")), kind, pinnedUntil, commentsOn, releaseAt,
                expiresAt, external);
        settings.addClassName("tavla-section");
        add(new H1(getTranslation("news.write")), saved, title, lead, body, filesSection(), unit, contact, audience,
                settings,
                actions, problem, history);

        HasValue<?, ?>[] fields = {title, lead, unit, contact, whole, audienceUnits, subUnits, roles, kind, pinnedUntil,
            commentsOn, releaseAt, expiresAt, external};
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> changed());
        }
        body.addValueChangeListener(e -> changed());
        HasValue<?, ?>[] audienceFields = {whole, audienceUnits, subUnits, roles};
        for (HasValue<?, ?> field : audienceFields) {
            field.addValueChangeListener(e -> showSize());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        if (parameter.isEmpty()) {
            loading = true;
            unit.setValue(ownUnit);
            loading = false;
            showActions();
            showSize();
            return;
        }
        try {
            if (!parameter.matches("\\d{1,18}")) {
                throw new Refusal("news.unknown");
            }
            id = Long.parseLong(parameter);
            load(announcements.forEditing(id));
        } catch (Refusal | AccessDeniedException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(Item loaded) {
        item = loaded;
        loading = true;
        title.setValue(item.title());
        lead.setValue(item.lead());
        body.setValue(item.body());
        unit.setValue(units.stream().filter(u -> u.id() == item.unitId()).findFirst().orElse(null));
        contactChoices();
        whole.setValue(item.audience().wholeMunicipality());
        Set<Long> chosen = new HashSet<>();
        item.audience().units().forEach(u -> chosen.add(u.unitId()));
        audienceUnits.setValue(units.stream().filter(u -> chosen.contains(u.id())).toList());
        subUnits.setValue(item.audience().units().isEmpty() || item.audience().units().get(0).includeSubUnits());
        roles.setValue(item.audience().roles());
        kind.setValue(item.kind());
        pinnedUntil.setValue(local(item.pinnedUntil()));
        commentsOn.setValue(item.commentsEnabled());
        releaseAt.setValue(local(item.releaseAt()));
        expiresAt.setValue(local(item.expiresAt()));
        external.setValue(local(item.externalReleaseAt()));
        loading = false;
        boolean published = item.status() == ItemStatus.PUBLISHED || item.status() == ItemStatus.WITHDRAWN;
        // once published, the times move only through "save the new times" (the rules are checked there)
        HasValue<?, ?>[] fixed = {unit, whole, audienceUnits, subUnits, roles, kind};
        for (HasValue<?, ?> field : fixed) {
            field.setReadOnly(published || lockedForWriter());
        }
        // what communications are reading for approval is not changed under them
        HasValue<?, ?>[] text = {title, lead, body.textArea(), contact, pinnedUntil, commentsOn, releaseAt, expiresAt,
            external};
        for (HasValue<?, ?> field : text) {
            field.setReadOnly(lockedForWriter());
        }
        saved.setText(status(item));
        showFiles();
        showActions();
        showSize();
        showHistory();
    }

    /** "Planlagt 2. des. 08:00" for an item scheduled ahead, else the workflow step. */
    private String status(Item shown) {
        if (shown.isScheduled(clock.instant())) {
            return getTranslation("news.status.SCHEDULED", TavlaTime.dateTime(shown.releaseAt(), getLocale()));
        }
        return getTranslation("news.status." + shown.status().name());
    }

    /** A submitted item is communications' to change until its writer takes it back. */
    private boolean lockedForWriter() {
        return item != null && item.status() == ItemStatus.SUBMITTED && !approver;
    }

    /** Autosave: a draft is saved as it is typed; a new one is created on the first change. */
    private void changed() {
        if (loading || (item != null && !editableDraft())) {
            return;
        }
        try {
            if (id == null) {
                if (unit.getValue() == null) {
                    return;
                }
                id = announcements.create(draft());
                UI.getCurrent().getPage().getHistory().replaceState(null, "write/" + id);
            } else {
                announcements.save(id, draft());
            }
            item = announcements.forEditing(id);
            problem.setText("");
            saved.setText(getTranslation("news.saved", TavlaTime.dateTime(clock.instant(), getLocale())));
            showActions();
        } catch (Refusal refusal) {
            problem.setText(getTranslation(refusal.key(), refusal.arguments()));
        }
    }

    private boolean editableDraft() {
        return item.status() == ItemStatus.DRAFT || item.status() == ItemStatus.RETURNED
                || (item.status() == ItemStatus.SUBMITTED && approver);
    }

    ItemDraft draft() {
        List<AudienceUnit> chosen = audienceUnits.getValue().stream()
                .map(u -> new AudienceUnit(u.id(), subUnits.getValue())).toList();
        return new ItemDraft(title.getValue(), lead.getValue(), body.getValue(),
                unit.getValue() == null ? (item == null ? -1 : item.unitId()) : unit.getValue().id(),
                contact.getValue() == null ? null : contact.getValue().id(), kind.getValue(),
                instant(pinnedUntil.getValue()),
                commentsOn.getValue(), new Audience(whole.getValue(), whole.getValue() ? List.of() : chosen,
                Set.copyOf(roles.getValue())), instant(releaseAt.getValue()), instant(expiresAt.getValue()),
                instant(external.getValue()));
    }

    /** The people of the owning unit may be named as the contact; the one named stays choosable. */
    private void contactChoices() {
        java.util.List<UnitPage.PersonCard> people = new java.util.ArrayList<>();
        if (unit.getValue() != null) {
            pages.page(unit.getValue().code()).ifPresent(page -> people.addAll(page.people()));
        }
        Long named = contact.getValue() != null ? Long.valueOf(contact.getValue().id())
                : item == null ? null : item.contactPersonId();
        if (named != null && people.stream().noneMatch(p -> p.id() == named) && item != null
                && item.contactName() != null && named.equals(item.contactPersonId())) {
            people.add(0, new UnitPage.PersonCard(named, item.contactName(), null, null, null, null, null));
        }
        boolean wasLoading = loading;
        loading = true;
        contact.setItems(people);
        people.stream().filter(p -> named != null && p.id() == named).findFirst().ifPresent(contact::setValue);
        loading = wasLoading;
    }

    /** Images (with their alt text) go into the text where the writer wants them; attachments are listed. */
    private Div filesSection() {
        UI ui = UI.getCurrent();
        Upload image = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            pendingImage = bytes;
            pendingImageName = metadata.fileName();
            fileProblem.setText(getTranslation("files.image.received", metadata.fileName()));
        })));
        image.setMaxFiles(1);
        image.setMaxFileSize(ItemFiles.MAX_IMAGE_BYTES);
        image.setAcceptedFileTypes(IMAGE_TYPES.toArray(String[]::new));
        image.addClassName("tavla-news-image-upload");
        image.addFileRejectedListener(e -> fileProblem.setText(FileRejection.of(e.getFileName(), IMAGE_TYPES)
                == FileRejection.TYPE ? getTranslation("files.image.type")
                : getTranslation("files.image.too-large", ItemFiles.MAX_IMAGE_BYTES / (1024 * 1024))));
        TextField alt = new TextField(getTranslation("files.alt"));
        alt.setMaxLength(ItemFiles.MAX_ALT);
        alt.setHelperText(getTranslation("files.alt.help"));
        alt.setWidthFull();
        alt.addClassName("tavla-news-image-alt");
        Button insert = new Button(getTranslation("files.image.insert"), e -> {
            if (pendingImage == null) {
                fileProblem.setText(getTranslation("files.empty"));
                return;
            }
            withItem(() -> {
                ItemFile added = files.addImage(id, pendingImageName, pendingImage, alt.getValue());
                pendingImage = null;
                alt.clear();
                body.setValue(body.getValue() + "\n\n![" + markdownEscaped(added.altText()) + "](" + added.url()
                        + ")\n");
                image.clearFileList();
            });
        });
        insert.addClassName("tavla-news-image-insert");
        Upload attachment = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                withItem(() -> files.addAttachment(id, metadata.fileName(), bytes)))));
        attachment.setMaxFiles(10);
        attachment.setMaxFileSize(ItemFiles.MAX_ATTACHMENT_BYTES);
        attachment.setAcceptedFileTypes(ATTACHMENT_TYPES.toArray(String[]::new));
        attachment.addClassName("tavla-news-attachment-upload");
        attachment.addFileRejectedListener(e -> fileProblem.setText(
                FileRejection.of(e.getFileName(), ATTACHMENT_TYPES) == FileRejection.TYPE
                        ? getTranslation("files.attachment.type")
                        : getTranslation("files.attachment.too-large", ItemFiles.MAX_ATTACHMENT_BYTES / (1024 * 1024))));
        fileList.addClassName("tavla-news-files");
        fileProblem.addClassName("tavla-news-file-problem");
        Div section = new Div(new H2(getTranslation("files.heading")), new Paragraph(getTranslation("files.image")),
                image, alt, insert, new Paragraph(getTranslation("files.attachments")), attachment, fileProblem,
                fileList);
        section.addClassName("tavla-section");
        return section;
    }

    static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg",
            ".webp");
    static final List<String> ATTACHMENT_TYPES = List.of(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
            ".odt", ".ods", ".odp");

    /** Text that Markdown shows as it is: every ASCII punctuation mark escaped. */
    static String markdownEscaped(String text) {
        return text.replaceAll("([\\p{Punct}])", "\\\\$1").replace("\n", " ");
    }

    /** Runs a file action on the item, creating the draft first if this is a new one. */
    void withItem(Runnable action) {
        try {
            if (id == null) {
                changed();
            }
            if (id == null) {
                fileProblem.setText(getTranslation("news.unit.required"));
                return;
            }
            action.run();
            fileProblem.setText("");
            showFiles();
        } catch (Refusal refusal) {
            fileProblem.setText(getTranslation(refusal.key(), refusal.arguments()));
        }
    }

    private void showFiles() {
        fileList.removeAll();
        if (id == null) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ItemFile file : files.of(id)) {
            Button remove = new Button(getTranslation("files.remove"), e -> withItem(() -> files.remove(file.id())));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("files.remove.named", file.fileName()));
            list.add(new ListItem(new com.vaadin.flow.component.html.Anchor(file.url(), file.fileName()),
                    new com.vaadin.flow.component.html.Span(" · " + getTranslation("files.kind." + file.kind().name())
                            + " · " + (file.sizeBytes() / 1024 + 1) + " kB "), remove));
        }
        fileList.add(list);
    }

    private void showSize() {
        Audience audience = new Audience(whole.getValue(), audienceUnits.getValue().stream()
                .map(u -> new AudienceUnit(u.id(), subUnits.getValue())).toList(), Set.copyOf(roles.getValue()));
        if (audience.isEmpty()) {
            size.setText(getTranslation("news.audience.none"));
            return;
        }
        Audiences.Size counted = announcements.audienceSize(audience);
        size.setText(getTranslation("news.audience.size", counted.people(), counted.withoutComputer()));
    }

    /** Only what the person may do with the item now, as the AccessPolicy answers through the service. */
    private void showActions() {
        actions.removeAll();
        if (item == null) {
            actions.add(new Paragraph(getTranslation("news.start")));
            return;
        }
        boolean direct = announcements.mayPublishDirectly(id);
        switch (item.status()) {
            case DRAFT, RETURNED -> {
                if (direct) {
                    actions.add(action("news.publish", "tavla-news-publish", this::publish));
                } else {
                    actions.add(new Paragraph(getTranslation("news.needs-approval")));
                }
                actions.add(action("news.submit", "tavla-news-submit", () -> announcements.submit(id)));
            }
            case SUBMITTED -> {
                actions.add(new Paragraph(getTranslation(item.alreadyPublic() ? "news.submitted.already-public"
                        : "news.submitted")));
                if (approver) {
                    TextField reason = new TextField(getTranslation("news.return.reason"));
                    reason.setMaxLength(Announcements.MAX_REASON);
                    reason.addClassName("tavla-news-return-reason");
                    actions.add(action("news.approve", "tavla-news-approve", this::approve), reason,
                            action("news.return", "tavla-news-return",
                                    () -> announcements.returnToWriter(id, reason.getValue())));
                } else {
                    actions.add(new Paragraph(getTranslation("news.submitted.locked")),
                            action("news.recall", "tavla-news-recall", () -> announcements.recall(id)));
                }
            }
            case PUBLISHED -> published(direct);
            case WITHDRAWN -> actions.add(new Paragraph(getTranslation("news.status.WITHDRAWN")));
        }
        if (item.status() == ItemStatus.PUBLISHED && direct && (approver || !item.externalRelease())) {
            actions.add(new Div(action("news.reschedule", "tavla-news-reschedule", () -> announcements.reschedule(id,
                    instant(releaseAt.getValue()), instant(external.getValue())))));
        }
        if (item.status() != ItemStatus.WITHDRAWN && !item.alreadyPublic() && !item.isOut(clock.instant())) {
            TextField why = new TextField(getTranslation("news.already-public.reason"));
            why.setMaxLength(Announcements.MAX_REASON);
            why.addClassName("tavla-news-public-reason");
            boolean outAtOnce = direct || item.status() == ItemStatus.PUBLISHED;
            actions.add(new Div(why, action(outAtOnce ? "news.mark-already-public" : "news.mark-already-public.submit",
                    "tavla-news-already-public", () -> announcements.markAlreadyPublic(id, why.getValue()))));
        }
        if (item.status() == ItemStatus.PUBLISHED) {
            actions.add(new Div(new com.vaadin.flow.router.RouterLink(getTranslation("news.open"), ItemView.class,
                    new RouteParameters("id", String.valueOf(id)))));
        }
    }

    /** A published item: correct it (at once, or for communications to confirm), or withdraw it. */
    private void published(boolean direct) {
        corrections.pending(id).ifPresent(pending -> {
            Div waiting = new Div(new H2(getTranslation("news.correction.waiting")), new Paragraph(getTranslation(
                    "news.correction.waiting.by", pending.proposedBy(), TavlaTime.dateTime(pending.proposedAt(),
                            getLocale()))), new Paragraph(getTranslation("news.title") + ": " + pending.title()));
            waiting.addClassNames("tavla-section", "tavla-news-correction-waiting");
            if (!pending.lead().isBlank()) {
                waiting.add(new Paragraph(getTranslation("news.lead") + ": " + pending.lead()));
            }
            waiting.add(new no.tavla.shared.ui.MarkdownView(pending.body()));
            if (approver) {
                TextField reason = new TextField(getTranslation("news.correction.reject.reason"));
                reason.setMaxLength(Announcements.MAX_REASON);
                reason.addClassName("tavla-news-correction-reason");
                waiting.add(action("news.correction.confirm", "tavla-news-correction-confirm",
                        () -> corrections.confirm(id)), reason, action("news.correction.reject",
                        "tavla-news-correction-reject", () -> corrections.reject(id, reason.getValue())));
            }
            actions.add(waiting);
        });
        Checkbox significant = new Checkbox(getTranslation("news.correct.significant"));
        significant.setHelperText(getTranslation("news.correct.significant.help"));
        significant.addClassName("tavla-news-significant");
        TextField note = new TextField(getTranslation("news.correct.note"));
        note.setMaxLength(Announcements.MAX_REASON);
        TextField reason = new TextField(getTranslation("news.withdraw.reason"));
        reason.setMaxLength(Announcements.MAX_REASON);
        reason.addClassName("tavla-news-withdraw-reason");
        actions.add(new Div(significant, note, action(direct ? "news.correct" : "news.correct.propose",
                        "tavla-news-correct", () -> corrected(corrections.correct(id, draft(), significant.getValue(),
                                note.getValue())))),
                new Div(reason, action("news.withdraw", "tavla-news-withdraw",
                        () -> announcements.withdraw(id, reason.getValue()))));
    }

    /** What the writer is told once the action is done (and the page shows the item anew). */
    private String done;

    private void corrected(Corrections.Outcome outcome) {
        done = outcome == Corrections.Outcome.PROPOSED ? getTranslation("news.correction.proposed") : null;
    }

    /** Publishes; a release time already passed is said to have become "now", not silently ignored. */
    private void publish() {
        Instant asked = instant(releaseAt.getValue());
        Instant at = announcements.publish(id);
        done = releasedNow(asked, at);
    }

    private void approve() {
        Instant asked = item.releaseAt();
        Instant at = announcements.approve(id);
        done = releasedNow(asked, at);
    }

    private String releasedNow(Instant asked, Instant at) {
        return asked != null && asked.isBefore(at) ? getTranslation("news.release.passed",
                TavlaTime.dateTime(asked, getLocale())) : null;
    }

    private Button action(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                done = null;
                action.run();
                problem.setText("");
                load(announcements.forEditing(id));
                if (done != null) {
                    saved.setText(saved.getText() + ". " + done);
                }
            } catch (Refusal refusal) {
                problem.setText(getTranslation(refusal.key(), refusal.arguments()));
            } catch (AccessDeniedException denied) {
                problem.setText(getTranslation("news.not-allowed"));
            }
        });
        button.addClassName(className);
        if (key.equals("news.publish") || key.equals("news.approve")) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private void showHistory() {
        history.removeAll();
        history.add(new H2(getTranslation("news.history")));
        UnorderedList steps = new UnorderedList();
        for (ItemEvent event : announcements.history(id)) {
            steps.add(new ListItem(TavlaTime.dateTime(event.at(), getLocale()) + " · "
                    + getTranslation("news.step." + event.step())
                    + (event.revision() == null ? "" : " (" + getTranslation("news.revision", event.revision()) + ")")
                    + " · " + event.actor() + (event.reason() == null ? "" : " («" + event.reason() + "»)")));
        }
        history.add(steps);
        List<ItemVersion> versions = announcements.versions(id);
        if (!versions.isEmpty()) {
            history.add(new H2(getTranslation("news.versions")));
            UnorderedList list = new UnorderedList();
            versions.forEach(v -> list.add(new ListItem((v.revision() == null ? ""
                    : getTranslation("news.revision", v.revision()) + ": ")
                    + TavlaTime.dateTime(v.changedAt(), getLocale()) + " · "
                    + getTranslation(v.significant() ? "news.correct.kind.significant" : "news.correct.kind.minor")
                    + " · " + v.changedBy() + (v.note() == null ? "" : " («" + v.note() + "»)") + " · "
                    + getTranslation("news.versions.before", v.title()))));
            history.add(list);
        }
    }

    private static LocalDateTime local(Instant instant) {
        return TavlaTime.localOf(instant);
    }

    private static Instant instant(LocalDateTime local) {
        return TavlaTime.instantOf(local);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.write") + " – Tavla";
    }
}
