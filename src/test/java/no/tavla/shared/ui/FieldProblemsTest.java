package no.tavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** Which field a refusal concerns, by its key, and what clearing leaves. */
class FieldProblemsTest {

    private final TextField title = new TextField();
    private final TextField reason = new TextField();
    private final Paragraph line = new Paragraph();
    private final FieldProblems problems = new FieldProblems(line).field("news.title", title)
            .field("news", reason).field("news.reason", reason);

    @Test
    void aRefusalConcernsTheFieldOfItsLongestRegisteredPrefix() {
        assertThat(problems.fieldFor("news.title.required")).isSameAs(title);
        assertThat(problems.fieldFor("news.title")).isSameAs(title);
        assertThat(problems.fieldFor("news.reason.too-long")).isSameAs(reason);
        assertThat(problems.fieldFor("news.titles.other")).as("a prefix is whole parts of the key").isSameAs(reason);
        assertThat(problems.fieldFor("publishing.lead-time.range")).isNull();
    }

    @Test
    void clearingLeavesNoFieldInvalidAndTheLineEmpty() {
        title.setInvalid(true);
        title.setErrorMessage("Skriv en tittel.");
        line.setText("Noe gikk galt");
        problems.clear();
        assertThat(title.isInvalid()).isFalse();
        assertThat(title.getErrorMessage()).isNullOrEmpty();
        assertThat(line.getText()).isEmpty();
    }
}
