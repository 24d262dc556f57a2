package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import no.tavla.organisation.internal.PersonStore;
import no.tavla.organisation.internal.UnitStore;
import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.Language;
import no.tavla.shared.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units' own pages, for everyone signed in, and their editing by the unit's editors and manager. */
@Service
public class UnitPages {

    public static final int MAX_DESCRIPTION = 20_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final UnitStore store;
    private final PersonStore persons;
    private final AccessPolicy policy;
    private final People people;
    private final UnitTree tree;
    private final Clock clock;

    UnitPages(UnitStore store, PersonStore persons, AccessPolicy policy, People people, UnitTree tree, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.policy = policy;
        this.people = people;
        this.tree = tree;
        this.clock = clock;
    }

    /** The whole tree, top units first, each followed by what is below it; for browsing. */
    @Transactional(readOnly = true)
    public List<UnitTreeEntry> tree() {
        requireSignedIn();
        return store.tree();
    }

    /** The unit a person mainly works in (their primary unit), if HR gave one. */
    @Transactional(readOnly = true)
    public Optional<Long> primaryUnitOf(long personId) {
        return persons.primaryUnitOf(personId);
    }

    /** A unit's page by its code; empty if there is no such unit. */
    @Transactional(readOnly = true)
    public Optional<UnitPage> page(String code) {
        requireSignedIn();
        if (code == null || code.isBlank() || code.length() > 32) {
            return Optional.empty();
        }
        Optional<UnitStore.Unit> found = store.byCode(code.trim());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitStore.Unit unit = found.get();
        Actor actor = people.currentActor();
        List<Long> unitAndAbove = tree.snapshot().unitAndAncestors(unit.id());
        // the breadcrumb: the units above, top first
        List<Long> above = new ArrayList<>(unitAndAbove.subList(1, unitAndAbove.size()));
        java.util.Collections.reverse(above);
        UnitPage.PersonCard leader = unit.leaderId() == null ? null : store.card(unit.leaderId()).orElse(null);
        return Optional.of(new UnitPage(unit.id(), unit.code(), unit.name(), unit.type(), unit.active(),
                store.links(above), unit.description() == null ? "" : unit.description(),
                new UnitContact(unit.email(), unit.phone(), unit.visitingAddress()), leader,
                store.holders(Role.EDITOR, unitAndAbove), store.holders(Role.MANAGER, unitAndAbove),
                store.children(unit.id()), store.staff(unit.id()),
                policy.may(actor, Action.EDIT_UNIT_PAGE, unit.id()),
                Language.fromTag(unit.printLanguage()).orElse(Language.DEFAULT)));
    }

    /**
     * The language a unit's printouts are in: the notices printed for its wall, whoever prints them. Set on the unit's
     * page; Bokmål when not set.
     */
    @Transactional(readOnly = true)
    public Language printLanguage(long unitId) {
        return store.printLanguage(unitId).flatMap(Language::fromTag).orElse(Language.DEFAULT);
    }

    /**
     * Changes the description, contact details and the language of its printouts; for the unit's editors and manager
     * (and administrators).
     */
    @Transactional
    public void edit(long unitId, String description, UnitContact contact, Language printLanguage) {
        if (!policy.may(people.currentActor(), Action.EDIT_UNIT_PAGE, unitId)) {
            throw new AccessDeniedException("Only the unit's editors and manager change its page");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new Refusal("unit.edit.description.too-long", MAX_DESCRIPTION);
        }
        if (!contact.email().isEmpty() && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
            throw new Refusal("unit.edit.email.invalid");
        }
        if (contact.phone().length() > 40) {
            throw new Refusal("unit.edit.phone.too-long", 40);
        }
        if (contact.visitingAddress().length() > 300) {
            throw new Refusal("unit.edit.address.too-long", 300);
        }
        if (printLanguage == null) {
            throw new Refusal("unit.edit.language.required");
        }
        store.editPage(unitId, text.isEmpty() ? null : text, blankToNull(contact.email()),
                blankToNull(contact.phone()), blankToNull(contact.visitingAddress()),
                printLanguage == Language.DEFAULT ? null : printLanguage.tag(), clock.instant());
    }

    private void requireSignedIn() {
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("Unit pages are for people signed in");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
