package no.tavla.shared.ui;

import java.util.Objects;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

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
}
