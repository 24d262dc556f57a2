package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import no.tavla.organisation.internal.PersonStore;
import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's details: administrators change them by hand between HR imports; everyone keeps their own phone,
 * responsibilities and tags ("who does what") up to date. Who may do which is asked of the {@link AccessPolicy}.
 */
@Service
public class PersonProfiles {

    public static final int MAX_RESPONSIBILITIES = 4000;
    public static final int MAX_TAGS = 500;
    public static final int MAX_PHONE = 40;
    public static final int MAX_TITLE = 200;
    public static final int MAX_OTHER_UNITS = 20;
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]*$");

    private final PersonStore store;
    private final AccessPolicy policy;
    private final People people;
    private final UnitTree tree;
    private final Clock clock;

    PersonProfiles(PersonStore store, AccessPolicy policy, People people, UnitTree tree, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.tree = tree;
        this.clock = clock;
    }

    /**
     * A person's details, for those who may look at the administration and for the person themselves: as much as the
     * reader may see (decision 0011); someone who left is not shown to those who see only the directory.
     */
    @Transactional(readOnly = true)
    public Optional<PersonDetails> details(long personId) {
        if (!policy.mayViewPerson(people.currentActor(), personId)) {
            throw new AccessDeniedException("Not allowed to look at this person");
        }
        PersonSight sight = policy.personSight(people.currentActor());
        return load(personId).flatMap(person -> {
            PersonSight.PersonView view = sight.of(person.id(), person.primaryUnitId());
            if (view == PersonSight.PersonView.DIRECTORY && !person.active()) {
                return Optional.empty();
            }
            return Optional.of(view == PersonSight.PersonView.FULL ? person : new PersonDetails(person.id(),
                    person.name(), null, person.email(), person.title(), person.primaryUnitId(),
                    person.primaryUnitName(), person.otherUnitIds(), person.phone(), person.responsibilities(),
                    person.tags(), view.staffDetails() ? person.hasWorkComputer() : null,
                    view.staffDetails() ? person.preferredLanguage() : null, person.active()));
        });
    }

    /** The signed-in person's own details; empty for someone who is not a person in Tavla. */
    @Transactional(readOnly = true)
    public Optional<PersonDetails> mine() {
        return people.currentActor().personId().flatMap(this::load);
    }

    /** Changes a person by hand; administrators only. Nothing is saved unless every value is right. */
    @Transactional
    public void update(long personId, PersonChanges changes) {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.ADMINISTER)) {
            throw new AccessDeniedException("Only administrators change people");
        }
        PersonDetails person = load(personId).orElseThrow(() -> new Refusal("roles.person.unknown"));
        String title = checked(changes.title(), MAX_TITLE, "person.title.too-long");
        ProfileChanges profile = checkedProfile(new ProfileChanges(changes.phone(), changes.responsibilities(),
                changes.tags()));
        UnitTree.Snapshot units = tree.snapshot();
        if (changes.primaryUnitId() == null) {
            throw new Refusal("person.unit.required");
        }
        UnitTree.Node primary = units.unit(changes.primaryUnitId()).orElseThrow(
                () -> new Refusal("unit.admin.unknown"));
        if (!primary.active() && !changes.primaryUnitId().equals(person.primaryUnitId())) {
            throw new Refusal("person.unit.archived");
        }
        Set<Long> others = new LinkedHashSet<>(changes.otherUnitIds());
        others.remove(changes.primaryUnitId());
        if (others.size() > MAX_OTHER_UNITS) {
            throw new Refusal("person.units.too-many", MAX_OTHER_UNITS);
        }
        for (Long unit : others) {
            if (unit == null || units.unit(unit).isEmpty()) {
                throw new Refusal("unit.admin.unknown");
            }
        }
        if (!changes.active() && actor.personId().filter(id -> id == personId).isPresent()) {
            throw new Refusal("person.leave.self");
        }
        store.update(personId, title, changes.primaryUnitId(), profile.phone(), profile.responsibilities(),
                profile.tags(), changes.hasWorkComputer(), changes.active(), others, clock.instant());
    }

    /** The signed-in person changes their own phone, responsibilities and tags. */
    @Transactional
    public void updateMine(ProfileChanges changes) {
        Actor actor = people.currentActor();
        long personId = actor.personId().orElseThrow(() -> new AccessDeniedException("Not a person in Tavla"));
        if (!policy.mayEditProfile(actor, personId)) {
            throw new AccessDeniedException("Not allowed to change this profile");
        }
        ProfileChanges profile = checkedProfile(changes);
        store.updateOwn(personId, profile.phone(), profile.responsibilities(), profile.tags(), clock.instant());
    }

    private static ProfileChanges checkedProfile(ProfileChanges changes) {
        String phone = checked(changes.phone(), MAX_PHONE, "person.phone.too-long");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new Refusal("person.phone.invalid");
        }
        String responsibilities = checked(changes.responsibilities(), MAX_RESPONSIBILITIES,
                "person.responsibilities.too-long");
        String tags = checked(changes.tags(), MAX_TAGS, "person.tags.too-long");
        if (tags != null) {
            // one way of writing tags: comma-separated, trimmed, no empty ones
            tags = String.join(", ", java.util.Arrays.stream(tags.split("[,;]")).map(String::strip)
                    .filter(t -> !t.isEmpty()).distinct().toList());
            tags = tags.isEmpty() ? null : tags;
        }
        return new ProfileChanges(phone, responsibilities, tags);
    }

    /** The trimmed value, null when blank; refused when longer than allowed. */
    private static String checked(String value, int max, String tooLong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new Refusal(tooLong, max);
        }
        return trimmed;
    }

    private Optional<PersonDetails> load(long personId) {
        return store.details(personId);
    }
}
