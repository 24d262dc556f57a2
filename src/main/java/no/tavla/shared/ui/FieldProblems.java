package no.tavla.shared.ui;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.shared.Refusal;

/**
 * The one way a form shows why a service refused it (WCAG 3.3.1, 1.3.1): on the field the refusal concerns, marked
 * invalid with the message under it and focus moved to it; a refusal that concerns no field goes on the form's
 * problem line, which is announced (decision 0017). Fields are registered by the first parts of the refusal keys
 * that concern them ({@code "news.title"} for {@code news.title.required} and {@code news.title.too-long}). The next
 * try clears it all.
 */
public final class FieldProblems implements Serializable {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph line;

    public FieldProblems(Paragraph line) {
        this.line = line;
    }

    /** The field that refusals whose key begins with {@code keyPrefix} concern. */
    public FieldProblems field(String keyPrefix, HasValidation field) {
        fields.put(keyPrefix, field);
        return this;
    }

    /** Shows the refusal where it belongs, and moves focus to its field. */
    public void show(Refusal refusal) {
        show(refusal, true);
    }

    /**
     * Shows the refusal where it belongs; {@code moveFocus} false for what the person did not ask for (an autosave
     * while they type), so focus stays where they are.
     */
    public void show(Refusal refusal, boolean moveFocus) {
        clear();
        String message = UI.getCurrent().getTranslation(refusal.key(), refusal.arguments());
        HasValidation field = fieldFor(refusal.key());
        if (field == null) {
            line.setText(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (moveFocus && field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** Says something that concerns no field. */
    public void say(String message) {
        clear();
        line.setText(message);
    }

    /** Nothing is wrong (any more). */
    public void clear() {
        line.setText("");
        fields.values().forEach(field -> {
            if (field.isInvalid()) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
    }

    /** The field registered for the longest prefix of the key, or null. */
    HasValidation fieldFor(String key) {
        HasValidation found = null;
        int longest = -1;
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            String prefix = entry.getKey();
            if ((key.equals(prefix) || key.startsWith(prefix + ".")) && prefix.length() > longest) {
                found = entry.getValue();
                longest = prefix.length();
            }
        }
        return found;
    }
}
