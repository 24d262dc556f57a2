package no.tavla.shared.ui;

import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The form pieces every view builds the same way. */
public final class Forms {

    private Forms() {
    }

    /** A line that screen readers announce at once, for a refusal or a confirmation after an action. */
    public static Paragraph problemLine() {
        Paragraph line = new Paragraph();
        line.addClassName("tavla-problem");
        line.getElement().setAttribute("role", "alert");
        return line;
    }

    /** A text field with its value (null shown as empty) and the longest the service accepts. */
    public static TextField textField(String label, String value, int maxLength) {
        TextField field = new TextField(label);
        field.setValue(Objects.requireNonNullElse(value, ""));
        field.setMaxLength(maxLength);
        return field;
    }

    /** A full-width text area with its value (null shown as empty) and the longest the service accepts. */
    public static TextArea textArea(String label, String value, int maxLength) {
        TextArea area = new TextArea(label);
        area.setValue(Objects.requireNonNullElse(value, ""));
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    /**
     * An upload that speaks the reader's language: every text Vaadin would show in English (the buttons, the drop
     * zone, the file list's statuses and errors). {@code typeKey} says which files are wanted, {@code tooBigKey} how
     * large they may be.
     */
    public static Upload translated(Upload upload, String typeKey, String tooBigKey, Object... tooBigArguments) {
        UI ui = UI.getCurrent();
        java.util.function.Function<String, String> t = key -> ui.getTranslation(key);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("upload.add")).setMany(t.apply("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("upload.drop"))
                        .setMany(t.apply("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("upload.error.too-many"))
                        .setFileIsTooBig(ui.getTranslation(tooBigKey, tooBigArguments))
                        .setIncorrectFileType(t.apply(typeKey)))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("upload.status.connecting"))
                                .setStalled(t.apply("upload.status.stalled"))
                                .setProcessing(t.apply("upload.status.processing"))
                                .setHeld(t.apply("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t.apply("upload.remaining")).setUnknown(t.apply("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.apply("upload.failed.unavailable"))
                                .setUnexpectedServerError(t.apply("upload.failed.unexpected"))
                                .setForbidden(t.apply("upload.failed.forbidden"))
                                .setFileTooLarge(ui.getTranslation(tooBigKey, tooBigArguments))))
                .setFile(new UploadI18N.File().setRetry(t.apply("upload.retry")).setStart(t.apply("upload.start"))
                        .setRemove(t.apply("upload.remove")))
                .setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return upload;
    }
}
