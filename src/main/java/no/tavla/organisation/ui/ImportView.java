package no.tavla.organisation.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.organisation.HrImportService;
import no.tavla.organisation.ImportFiles;
import no.tavla.organisation.ImportMode;
import no.tavla.organisation.ImportPreview;
import no.tavla.organisation.ImportProblem;
import no.tavla.organisation.ImportProgress;
import no.tavla.organisation.ImportRejected;
import no.tavla.organisation.ImportSummary;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;

/**
 * The HR import for administrators: upload the unit file and the people file, see every problem in plain language
 * (or what would change), then import everything or nothing, watching its progress.
 */
@PageBean
@Route("admin/import")
@RolesAllowed("ADMIN")
@Menu(order = 110, title = "nav.import", icon = "vaadin:upload")
class ImportView extends Main implements HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportView.class);

    private final transient HrImportService imports;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Div result = new Div();
    private final Checkbox confirm = new Checkbox();
    private int toDeactivate;
    private final Button apply;
    private final Button preview;
    private transient CompletableFuture<ImportSummary> running;
    private byte[] units = new byte[0];
    private byte[] people = new byte[0];

    ImportView(HrImportService imports) {
        this.imports = imports;
        addClassName("tavla-page");
        add(new H1(getTranslation("import.heading")), new Paragraph(getTranslation("import.intro")));
        add(upload("units"), upload("people"));

        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.mode." + m.name()));
        // only changes by default: deactivating everyone missing from a file is a deliberate choice
        mode.setValue(ImportMode.PARTIAL);
        add(mode);

        preview = new Button(getTranslation("import.preview"), e -> preview());
        preview.addClassName("tavla-import-preview");
        apply = new Button(getTranslation("import.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("tavla-import-apply");
        apply.setEnabled(false);
        confirm.addClassName("tavla-import-confirm");
        confirm.setVisible(false);
        confirm.addValueChangeListener(e -> apply.setEnabled(e.getValue()));
        // another mode needs another preview
        mode.addValueChangeListener(e -> {
            apply.setEnabled(false);
            confirm.setVisible(false);
        });
        Div actions = new Div(confirm, preview, apply);
        actions.addClassName("tavla-actions");
        add(actions);
        result.addClassName("tavla-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(result);
    }

    private Component upload(String file) {
        Upload upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize(HrImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.addClassName("tavla-upload-" + file);
        Forms.translated(upload, "upload.error.type", "upload.error.too-big");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(file, bytes))));
        upload.addFileRejectedListener(e -> show(List.of(new Paragraph(getTranslation("import.file.too-large",
                getTranslation("import.file." + file), "", "", HrImportService.MAX_FILE_BYTES / (1024 * 1024))))));
        H2 label = new H2(getTranslation("import.upload." + file));
        Div wrapper = new Div(label, new Paragraph(getTranslation("import.upload." + file + ".columns")), upload);
        wrapper.addClassName("tavla-section");
        return wrapper;
    }

    /** A file arrived; the previous preview no longer holds. */
    void received(String file, byte[] bytes) {
        if (file.equals("units")) {
            units = bytes;
        } else {
            people = bytes;
        }
        apply.setEnabled(false);
        confirm.setVisible(false);
        show(List.of(new Paragraph(getTranslation("import.received", getTranslation("import.file." + file)))));
    }

    void preview() {
        ImportPreview preview = imports.preview(new ImportFiles(units, people), mode.getValue());
        if (!preview.canApply()) {
            apply.setEnabled(false);
            show(problems(preview.problems()));
            return;
        }
        toDeactivate = preview.peopleToDeactivate();
        // a full import that deactivates many asks for a tick that names how many
        confirm.setLabel(getTranslation("import.confirm", preview.peopleToDeactivate(), preview.activePeople()));
        confirm.setValue(false);
        confirm.setVisible(preview.confirmationNeeded());
        apply.setEnabled(!preview.confirmationNeeded());
        Paragraph summary = new Paragraph(getTranslation("import.preview.summary", preview.units(),
                preview.people(), preview.peopleWithoutComputer(), preview.newUnits(), preview.newPeople(),
                preview.peopleToDeactivate()));
        if (preview.confirmationNeeded()) {
            Paragraph warning = new Paragraph(getTranslation("import.confirm.warning", preview.peopleToDeactivate(),
                    preview.activePeople()));
            warning.addClassName("tavla-import-warning");
            show(List.of(new H2(getTranslation("import.preview.heading")), summary, warning));
        } else {
            show(List.of(new H2(getTranslation("import.preview.heading")), summary));
        }
    }

    /** Starts the import in the background and shows its progress until it is done. */
    void apply() {
        apply.setEnabled(false);
        preview.setEnabled(false);
        int confirmed = confirm.isVisible() && confirm.getValue() ? toDeactivate : 0;
        confirm.setVisible(false);
        ProgressBar bar = new ProgressBar(0, 1);
        bar.addClassName("tavla-import-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("import.progress.label"));
        Paragraph status = new Paragraph(getTranslation("import.progress.CHECKING"));
        show(List.of(new H2(getTranslation("import.progress.heading")), bar, status));
        AtomicReference<Step> latest = new AtomicReference<>(new Step(ImportProgress.Stage.CHECKING, 0, 1));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        Registration polling = ui.addPollListener(e -> {
            Step step = latest.get();
            bar.setValue(step.fraction());
            status.setText(getTranslation("import.progress." + step.stage().name(), step.done(), step.total()));
        });
        try {
            running = imports.start(new ImportFiles(units, people), mode.getValue(), confirmed,
                    (stage, done, total) -> latest.set(new Step(stage, done, total)));
        } catch (RuntimeException e) {
            stopPolling(ui, polling);
            throw e;
        }
        running = running.whenComplete((summary, failure) -> {
            try {
                ui.access(() -> {
                    stopPolling(ui, polling);
                    finish(summary, failure);
                });
            } catch (UIDetachedException gone) {
                // the administrator left the page; the import finished all the same
            }
        });
    }

    /** How far the import has come: each stage has its share of the bar, people the largest. */
    record Step(ImportProgress.Stage stage, int done, int total) {
        private static final double[] STARTS = {0, 0.05, 0.1, 0.85, 0.9, 0.98, 1};

        double fraction() {
            int index = stage.ordinal();
            double share = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
            return STARTS[index] + share * (STARTS[index + 1] - STARTS[index]);
        }
    }

    private void stopPolling(UI ui, Registration polling) {
        polling.remove();
        ui.setPollInterval(-1);
        preview.setEnabled(true);
    }

    private void finish(ImportSummary done, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause == null) {
            show(List.of(new H2(getTranslation("import.done.heading")),
                    new Paragraph(getTranslation("import.done.summary", done.unitsCreated(), done.unitsUpdated(),
                            done.unitsMoved(), done.peopleCreated(), done.peopleUpdated(), done.peopleDeactivated()))));
        } else if (cause instanceof ImportRejected rejected) {
            show(problems(rejected.problems()));
        } else if (cause instanceof Refusal refusal) {
            show(List.of(new Paragraph(getTranslation(refusal.key(), refusal.arguments()))));
        } else {
            LOG.error("The HR import failed; nothing was written", cause);
            show(List.of(new Paragraph(getTranslation("import.failed"))));
        }
    }

    /** The running import, done once its result is on its way to the page; for tests; null before the first. */
    CompletableFuture<ImportSummary> running() {
        return running;
    }

    private List<Component> problems(List<ImportProblem> problems) {
        OrderedList list = new OrderedList();
        list.addClassName("tavla-import-problems");
        for (ImportProblem problem : problems) {
            list.add(new ListItem(getTranslation(problem.key(),
                    problem.arguments(getTranslation("import.file." + problem.file())))));
        }
        return List.of(new H2(getTranslation("import.problems.heading", problems.size())),
                new Paragraph(getTranslation("import.problems.nothing")), list);
    }

    private void show(List<Component> content) {
        result.removeAll();
        content.forEach(result::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " – Tavla";
    }
}
