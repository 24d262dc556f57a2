package no.tavla.news.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import no.tavla.news.internal.FileStore;
import no.tavla.news.internal.NewsRules;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.Audiences;
import org.springframework.stereotype.Service;

/**
 * An item as its readers get it, for Tavla's own jobs that tell its audience about it (notifications): only while it
 * is out, that is published, released internally and not expired; never a draft, a scheduled or a withdrawn text.
 */
@Service
public class ReleasedItems {

    /**
     * @param audienceUnits the audience's units with their sub-units where chosen so (empty for the whole municipality)
     * @param files         its images and attachments, which its readers open in Tavla
     * @param versions      its words in other languages (decision 0026)
     */
    public record Released(Item item, Set<Long> audienceUnits, List<ItemFile> files,
                           List<no.tavla.news.LanguageVersion> versions) {

        /** The item as a reader of the language gets it: their language's version when it has one. */
        public Released in(no.tavla.shared.Language language) {
            Item theirs = no.tavla.news.LanguageVersion.pick(item, versions, language);
            return theirs == item ? this : new Released(theirs, audienceUnits, files, versions);
        }
    }

    private final NewsStore store;
    private final no.tavla.news.internal.ReadingStore reading;
    private final FileStore files;
    private final Audiences audiences;
    private final Clock clock;

    private final no.tavla.news.internal.LanguageVersionStore versions;

    ReleasedItems(NewsStore store, no.tavla.news.internal.ReadingStore reading, FileStore files, Audiences audiences,
                  Clock clock, no.tavla.news.internal.LanguageVersionStore versions) {
        this.versions = versions;
        this.store = store;
        this.reading = reading;
        this.files = files;
        this.audiences = audiences;
        this.clock = clock;
    }

    /** Who has confirmed the must-read item on screen this round (a reminder that waited is not sent to them). */
    public Set<Long> confirmedBy(Item item) {
        java.util.Map<Long, Boolean> read = reading.readers(item.id(), item.confirmRound());
        Set<Long> confirmed = new java.util.HashSet<>();
        read.forEach((person, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                confirmed.add(person);
            }
        });
        return confirmed;
    }

    /** The item while it is out; empty for an unknown, unreleased, withdrawn or expired one. */
    public Optional<Released> out(long id) {
        Instant now = clock.instant();
        return store.find(id).filter(item -> item.isOut(now) && !item.isExpired(now))
                .map(item -> new Released(item, item.audience().wholeMunicipality() ? Set.of()
                        : NewsRules.expand(item.audience(), audiences), files.of(id), versions.of(id)));
    }
}
