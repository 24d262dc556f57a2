package no.tavla.news;

import java.util.List;
import java.util.Optional;

/**
 * What an item's page shows to the person who opened it, read in one go.
 *
 * @param entry       the item, with whether the reader had not opened it before and has confirmed it
 * @param inAudience  the reader is in its audience (may confirm, may comment)
 * @param mayWorkOn   the reader works on it (edit, hide comments)
 * @param counts      how far it has reached, for those who may see that
 * @param attachments its attachments, in the order they were added
 * @param comments    its comments, oldest first; empty when comments are off
 */
public record ItemPage(FeedEntry entry, boolean inAudience, boolean mayWorkOn, Optional<ReadCounts> counts,
                       List<ItemFile> attachments, List<Comment> comments, List<LanguageVersion> languageVersions) {

    public ItemPage {
        attachments = List.copyOf(attachments);
        comments = List.copyOf(comments);
        languageVersions = List.copyOf(languageVersions);
    }

    /**
     * The item in the language asked for when it has a version in it (or is written in it), else as written: what a
     * reader of that language is shown first.
     */
    public Item itemIn(no.tavla.shared.Language language) {
        return LanguageVersion.pick(entry.item(), languageVersions, language);
    }

    /** The languages the item can be read in: its own first, then its versions. */
    public List<no.tavla.shared.Language> languages() {
        List<no.tavla.shared.Language> all = new java.util.ArrayList<>(List.of(entry.item().language()));
        languageVersions.stream().map(LanguageVersion::language).filter(l -> !all.contains(l)).forEach(all::add);
        return List.copyOf(all);
    }

    public Item item() {
        return entry.item();
    }
}
