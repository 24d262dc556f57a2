package no.tavla.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** What a screen reader hears when items come and go on an open feed: which items, then the count (WCAG 4.1.3). */
class FeedAnnouncementTest {

    private static BiFunction<String, Object[], String> in(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, arguments) -> new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language))
                .format(arguments);
    }

    @Test
    void aNewItemIsNamedBeforeTheCount() {
        assertThat(FeedView.announced(List.of("Strømbrudd på rådhuset"), List.of(), "4 saker", in("nb")))
                .isEqualTo("Ny sak: «Strømbrudd på rådhuset». 4 saker.");
        assertThat(FeedView.announced(List.of("Power cut"), List.of(), "4 items", in("en")))
                .isEqualTo("New item: «Power cut». 4 items.");
    }

    @Test
    void itemsThatCameAndWentAreBothNamed() {
        assertThat(FeedView.announced(List.of("A", "B"), List.of("C"), "5 saker", in("nb")))
                .isEqualTo("2 nye saker: «A», «B». Trukket tilbake: «C». 5 saker.");
    }

    @Test
    void aFloodOfItemsNamesTheFirstFewAndCountsTheRest() {
        assertThat(FeedView.announced(List.of("A", "B", "C", "D", "E"), List.of(), "Over 100 saker", in("nb")))
                .isEqualTo("5 nye saker: «A», «B», «C» og 2 til. Over 100 saker.");
    }
}
