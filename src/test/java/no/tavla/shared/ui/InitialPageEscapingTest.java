package no.tavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialPageEscapingTest {

    @Test
    void theFirstPagesStateCannotEndItsScript() {
        String code = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= {\"text\":\"Brann </script>"
                + "<img src=x onerror=alert(1)><!--\"};";
        String escaped = InitialPageEscaping.escaped(code);
        assertThat(escaped).doesNotContain("<").contains("Brann \\u003c/script>\\u003cimg src=x");
    }
}
