package no.tavla.news;

import no.tavla.shared.Language;

/**
 * An item's words in one more language than the one it is written in (issue 17): readers of that language see it,
 * with a switch to the others. The audience, times and reading data stay the item's.
 */
public record LanguageVersion(Language language, String title, String lead, String body) {

    public LanguageVersion {
        title = title == null ? "" : title.strip();
        lead = lead == null ? "" : lead.strip();
        body = body == null ? "" : body;
    }
}
