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
        Item item = mayChangeNow(id);
        if (version == null || version.language() == null) {
            throw new Refusal("news.language-version.language.required");
        }
        if (version.language() == item.language()) {
            throw new Refusal("news.language-version.same");
        }
        if (version.title().isEmpty()) {
            throw new Refusal("news.title.required");
        }
        Announcements.checkTextLengths(version.title(), version.lead(), version.body());
        Instant now = clock.instant();
        versions.save(id, version, current.nameOrSystem(), now);
        store.event(id, "LANGUAGE_VERSION", current.nameOrSystem(), now, version.language().nativeName());
    }

    /** Takes the item's version in a language away. */
    @Transactional
    public void remove(long id, Language language) {
        mayChangeNow(id);
        Instant now = clock.instant();
        if (language != null && versions.remove(id, language, now)) {
            store.event(id, "LANGUAGE_VERSION_REMOVED", current.nameOrSystem(), now,
                    language.nativeName());
        }
    }

    /** Whether the signed-in person may add, change or remove the item's versions now (the write page asks). */
    @Transactional(readOnly = true)
    public boolean mayChange(long id) {
        try {
            mayChangeNow(id);
            return true;
        } catch (Refusal | org.springframework.security.access.AccessDeniedException no) {
            return false;
        }
    }

    /** The item, when the signed-in person may change its words now; refused, saying why, otherwise. */
    private Item mayChangeNow(long id) {
        Item item = announcements.load(id);
        announcements.requireEditable(item);
        switch (item.status()) {
            case DRAFT, RETURNED -> {
            }
            case SUBMITTED -> {
                if (!announcements.mayApproveNow()) {
                    throw new Refusal("news.submitted.locked");
                }
            }
            case PUBLISHED, HELD -> {
                if (!announcements.mayPublishDirectly(people.currentActor(), item)) {
                    throw new Refusal("news.language-version.approved");
                }
            }
            default -> throw new Refusal("news.status.wrong");
        }
        return item;
    }
}
