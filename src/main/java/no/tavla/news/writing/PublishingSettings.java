package no.tavla.news.writing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.People;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.news.internal.SettingStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's publishing settings: the lead time between the internal and the external release ("internt
 * først", two hours unless changed). Only administrators may lower it; communications may raise it; every change is
 * kept with who made it and when.
 */
@Service
public class PublishingSettings {

    public static final Duration MAX_LEAD_TIME = Duration.ofDays(7);
    static final String LEAD_TIME = "lead_time_minutes";

    /** One change of a setting. */
    public record Change(String name, String oldValue, String newValue, String changedBy, Instant changedAt) {
    }

    private final SettingStore store;
    private final AccessPolicy policy;
    private final People people;
    private final CurrentActor current;
    private final Clock clock;

    PublishingSettings(SettingStore store, AccessPolicy policy, People people, CurrentActor current, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.current = current;
        this.clock = clock;
    }

    /** How long after the internal release the public may get an item at the earliest. */
    public Duration leadTime() {
        return store.value(LEAD_TIME).map(v -> Duration.ofMinutes(Long.parseLong(v))).orElse(Duration.ofHours(2));
    }

    @Transactional
    public void setLeadTime(Duration leadTime) {
        Actor actor = people.currentActor();
        if (leadTime == null || leadTime.isNegative() || leadTime.compareTo(MAX_LEAD_TIME) > 0) {
            throw new Refusal("publishing.lead-time.range", MAX_LEAD_TIME.toMinutes());
        }
        Duration before = leadTime();
        boolean lowering = leadTime.compareTo(before) < 0;
        if (lowering ? !policy.mayAnywhere(actor, Action.ADMINISTER) : !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException(lowering ? "Only administrators lower the lead time"
                    : "Only communications and administrators change the lead time");
        }
        if (leadTime.equals(before)) {
            return;
        }
        store.change(LEAD_TIME, String.valueOf(before.toMinutes()), String.valueOf(leadTime.toMinutes()),
                current.nameOrSystem(), clock.instant());
    }

    /** The most questions on the checklist, and the longest. */
    public static final int CHECKLIST_ENTRIES = 6;
    public static final int CHECKLIST_TEXT = 200;
    static final String CHECKLIST_ON = "checklist_on";
    static final String CHECKLIST = "checklist_";
    /** Lørenskog's "Nyttige tips", in the message bundles until communications write their own. */
    static final int DEFAULT_CHECKLIST = 4;

    /**
     * The checklist the writer ticks before an item is first sent (issue 17): a few questions, as help.
     *
     * @param own whether communications wrote these (else they are the default, in the reader's language)
     */
    public record Checklist(boolean on, List<String> questions, boolean own) {
    }

    /** The checklist, its default questions in the language given. */
    public Checklist checklist(java.util.function.IntFunction<String> defaults) {
        boolean on = store.value(CHECKLIST_ON).map(Boolean::parseBoolean).orElse(true);
        List<String> own = java.util.stream.IntStream.rangeClosed(1, CHECKLIST_ENTRIES)
                .mapToObj(i -> store.value(CHECKLIST + i).orElse("")).filter(text -> !text.isBlank()).toList();
        return own.isEmpty() ? new Checklist(on, java.util.stream.IntStream.rangeClosed(1, DEFAULT_CHECKLIST)
                .mapToObj(defaults).toList(), false) : new Checklist(on, own, true);
    }

    /**
     * Communications write the checklist's questions (none: the default) or switch it off.
     *
     * @throws Refusal when there are too many questions or one is too long (nothing is changed)
     */
    @Transactional
    public void setChecklist(boolean on, List<String> questions) {
        setChecklist(on, questions, i -> "");
    }

    /**
     * As {@link #setChecklist(boolean, List)}; questions that are the default ones as they stand (in the language of
     * {@code defaults}) stay the default, so each reader keeps getting them in their own language.
     */
    @Transactional
    public void setChecklist(boolean on, List<String> questions, java.util.function.IntFunction<String> defaults) {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications and administrators change the checklist");
        }
        List<String> checked = questions == null ? List.of() : questions.stream().filter(text -> text != null
                && !text.isBlank()).map(String::strip).toList();
        if (checked.size() > CHECKLIST_ENTRIES) {
            throw new Refusal("publishing.checklist.too-many", CHECKLIST_ENTRIES);
        }
        if (checked.stream().anyMatch(text -> text.length() > CHECKLIST_TEXT)) {
            throw new Refusal("publishing.checklist.too-long", CHECKLIST_TEXT);
        }
        Checklist shown = checklist(defaults);
        if (!shown.own() && checked.equals(shown.questions())) {
            checked = List.of();
        }
        Instant now = clock.instant();
        String before = store.value(CHECKLIST_ON).orElse("true");
        if (!before.equals(String.valueOf(on))) {
            store.change(CHECKLIST_ON, before, String.valueOf(on), current.nameOrSystem(), now);
        }
        for (int i = 1; i <= CHECKLIST_ENTRIES; i++) {
            String old = store.value(CHECKLIST + i).orElse("");
            String next = i <= checked.size() ? checked.get(i - 1) : "";
            if (!old.equals(next)) {
                store.change(CHECKLIST + i, old, next, current.nameOrSystem(), now);
            }
        }
    }

    /** The trail of changes, newest first; for communications and administrators. */
    public List<Change> changes() {
        if (!policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            throw new AccessDeniedException("Only communications and administrators see the settings' trail");
        }
        return store.changes(100);
    }
}
