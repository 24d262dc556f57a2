package no.tavla.news.writing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import no.tavla.news.Item;
import no.tavla.news.LanguageVersion;
import no.tavla.news.internal.LanguageVersionStore;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item in more than one language (issue 17): a writer adds the item's title, lead and text in another language,
 * for staff with another language background or who read Nynorsk; readers see their language's version when there is
 * one, with a switch to the others, and a notice prints the one chosen. The audience, times and reading data stay the
 * item's. The versions follow the item's own rule for its text (decision 0013): while it is a draft its writers change
 * them; once approved, only those who may publish it directly. See decision 0026.
 */
@Service
public class LanguageVersions {

    private final Announcements announcements;
    private final LanguageVersionStore versions;
    private final NewsStore store;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    LanguageVersions(Announcements announcements, LanguageVersionStore versions, NewsStore store, People people,
                     CurrentActor current, Clock clock) {
        this.announcements = announcements;
        this.versions = versions;
        this.store = store;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** The item's versions in other languages, for those who work on it. */
    @Transactional(readOnly = true)
    public List<LanguageVersion> of(long id) {
        announcements.requireEditable(announcements.load(id));
        return versions.of(id);
    }

    /** Adds or changes the item's version in a language other than its own. */
    @Transactional
    public void save(long id, LanguageVersion version) {
        Item item = mayChange(id);
        if (version == null || version.language() == null) {
            throw new Refusal("news.language-version.language.required");
        }
        if (version.language() == item.language()) {
            throw new Refusal("news.language-version.same");
        }
        if (version.title().isEmpty()) {
            throw new Refusal("news.title.required");
        }
        if (version.title().length() > Announcements.MAX_TITLE) {
            throw new Refusal("news.title.too-long", Announcements.MAX_TITLE);
        }
        if (version.lead().length() > Announcements.MAX_LEAD) {
            throw new Refusal("news.lead.too-long", Announcements.MAX_LEAD);
        }
        if (version.body().length() > Announcements.MAX_BODY) {
            throw new Refusal("news.body.too-long", Announcements.MAX_BODY);
        }
        Instant now = clock.instant();
        versions.save(id, version, current.nameOrSystem(), now);
        store.event(id, "LANGUAGE_VERSION", current.nameOrSystem(), now, version.language().nativeName());
    }

    /** Takes the item's version in a language away. */
    @Transactional
    public void remove(long id, Language language) {
        mayChange(id);
        if (language != null && versions.remove(id, language)) {
            store.event(id, "LANGUAGE_VERSION_REMOVED", current.nameOrSystem(), clock.instant(),
                    language.nativeName());
        }
    }

    /** The item, when the signed-in person may change its words now. */
    private Item mayChange(long id) {
        Item item = announcements.load(id);
        announcements.requireEditable(item);
        boolean directly = announcements.mayPublishDirectly(people.currentActor(), item);
        switch (item.status()) {
            case DRAFT, RETURNED -> {
            }
            case SUBMITTED -> {
                if (!announcements.mayApproveNow()) {
                    throw new Refusal("news.submitted.locked");
                }
            }
            case PUBLISHED, HELD -> {
                if (!directly) {
                    throw new Refusal("news.language-version.approved");
                }
            }
            default -> throw new Refusal("news.status.wrong");
        }
        return item;
    }
}
