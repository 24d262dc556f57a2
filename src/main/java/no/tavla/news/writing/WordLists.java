package no.tavla.news.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.tavla.news.internal.WordListStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's word lists for the writing hints (issue 17): words and phrases with plainer alternatives, per
 * language, written by communications as lines of "word=plainer" (a stem ends in *); an empty list is Tavla's default.
 */
@Service
public class WordLists {

    private final WordListStore store;
    private final WritingHints hints;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final java.time.Clock clock;

    WordLists(WordListStore store, WritingHints hints, AccessPolicy policy, People people, CurrentActor current,
              java.time.Clock clock) {
        this.store = store;
        this.hints = hints;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** Whether the signed-in person writes the lists (communications, administrators). */
    public boolean mayEdit() {
        return policy.mayAnywhere(people.currentActor(), Action.APPROVE);
    }

    /** The language's list as lines of "word=plainer", as it is used now (the own, else the default). */
    public String text(String language) {
        StringBuilder text = new StringBuilder();
        hints.wordList(language).forEach((word, plainer) -> text.append(word).append('=').append(plainer)
                .append('\n'));
        return text.toString().strip();
    }

    /**
     * Saves the language's list from its lines; no lines: back to Tavla's default.
     *
     * @throws Refusal naming the first line that is not "word=plainer" or is too long, or when there are too many
     */
    @Transactional
    public void save(String language, String text) {
        if (!mayEdit()) {
            throw new AccessDeniedException("Only communications and administrators write the word list");
        }
        if (!WritingHints.LANGUAGES.contains(language)) {
            throw new Refusal("words.language.unknown");
        }
        List<Map.Entry<String, String>> words = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String word = equals < 0 ? "" : line.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT);
            String plainer = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (word.isEmpty() || plainer.isEmpty()) {
                throw new Refusal("words.line.invalid", i + 1);
            }
            if (word.length() > WritingHints.WORD_LENGTH || plainer.length() > WritingHints.PLAINER) {
                throw new Refusal("words.line.too-long", i + 1, WritingHints.WORD_LENGTH, WritingHints.PLAINER);
            }
            words.add(Map.entry(word, plainer));
        }
        if (words.size() > WritingHints.MAX_WORDS) {
            throw new Refusal("words.too-many", WritingHints.MAX_WORDS);
        }
        boolean asDefault = words.equals(new ArrayList<>(hints.defaultList(language).entrySet()));
        store.replace(language, asDefault ? List.of() : words, current.nameOrSystem(), clock.instant());
        hints.forget();
    }
}
