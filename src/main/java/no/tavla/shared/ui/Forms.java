package no.tavla.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
     * A date picker in the reader's language: month and day names, "today" and "cancel" from the bundles, the week
     * starting on Monday, dates written and read as the language writes them (31.12.2026 in Norwegian and English,
     * 2026-12-31 in Swedish; the other forms are read too).
     */
    public static DatePicker translated(DatePicker picker) {
        UI ui = UI.getCurrent();
        picker.setLocale(ui.getLocale());
        picker.setI18n(datePickerI18n(ui));
        picker.setPlaceholder(ui.getTranslation("picker.date.placeholder"));
        return picker;
    }

    /**
     * A date and time picker in the reader's language: the date part as {@link #translated(DatePicker)}, the time in
     * 24 hours, and each part named and hinted on its own ("Dato", "dd.mm.åååå"; "Klokkeslett", "tt:mm").
     */
    public static DateTimePicker translated(DateTimePicker picker) {
        UI ui = UI.getCurrent();
        picker.setLocale(ui.getLocale());
        picker.setDatePickerI18n(datePickerI18n(ui));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(ui.getTranslation("picker.date"))
                .setTimeLabel(ui.getTranslation("picker.time"))
                .setBadInputErrorMessage(ui.getTranslation("picker.bad-input"))
                .setIncompleteInputErrorMessage(ui.getTranslation("picker.incomplete")));
        picker.setDatePlaceholder(ui.getTranslation("picker.date.placeholder"));
        picker.setTimePlaceholder(ui.getTranslation("picker.time.placeholder"));
        return picker;
    }

    /** A time picker in the reader's language: 24 hours, its hint and its error in the reader's words. */
    public static com.vaadin.flow.component.timepicker.TimePicker translated(
            com.vaadin.flow.component.timepicker.TimePicker picker) {
        UI ui = UI.getCurrent();
        picker.setLocale(ui.getLocale());
        picker.setI18n(new com.vaadin.flow.component.timepicker.TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(ui.getTranslation("picker.bad-input")));
        picker.setPlaceholder(ui.getTranslation("picker.time.placeholder"));
        return picker;
    }

    private static DatePicker.DatePickerI18n datePickerI18n(UI ui) {
        Locale locale = ui.getLocale();
        List<String> datePatterns = no.tavla.shared.Language.of(locale).datePatterns();
        // Vaadin wants the week days from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                        locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)
                        .replace(".", "")).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(datePatterns.getFirst(), datePatterns.subList(1, datePatterns.size())
                        .toArray(String[]::new))
                .setToday(ui.getTranslation("picker.today"))
                .setCancel(ui.getTranslation("picker.cancel"))
                .setBadInputErrorMessage(ui.getTranslation("picker.bad-input"));
    }

    /**
     * A multi-select combo box whose announcements to screen readers ("added to selection", "3 items selected") are
     * in the reader's language, not Vaadin's English.
     */
    public static <T> MultiSelectComboBox<T> translated(MultiSelectComboBox<T> box) {
        UI ui = UI.getCurrent();
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(ui.getTranslation("multi.cleared"))
                .setFocused(ui.getTranslation("multi.focused"))
                .setSelected(ui.getTranslation("multi.selected"))
                .setDeselected(ui.getTranslation("multi.deselected"))
                // Vaadin puts the number in for {count}
                .setTotal(ui.getTranslation("multi.total", "{count}")));
        return box;
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
