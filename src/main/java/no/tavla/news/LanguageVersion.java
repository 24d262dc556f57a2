package no.tavla.news;

import no.tavla.shared.Language;

/**
 * An item's words in one more language than the one it is written in (issue 17): readers of that language see it,
 * with a switch to the others. The audience, times and reading data stay the item's.
 */
public record LanguageVersion(Language language, String title, String lead, String body) {

    /**
     * The item as a reader of the language gets it: with its version in that language when it has one (and is not
     * written in it already), else as written. The one place this choice is made.
     */
    public static Item pick(Item item, java.util.List<LanguageVersion> versions, Language language) {
        if (language == null || language == item.language()) {
            return item;
        }
        return versions.stream().filter(v -> v.language() == language).findFirst().map(item::inLanguage)
                .orElse(item);
    }

    public LanguageVersion {
        title = title == null ? "" : title.strip();
        lead = lead == null ? "" : lead.strip();
        body = body == null ? "" : body;
    }
}
