package no.tavla.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.organisation.internal.PersonStore;
import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.RequestMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the municipality as signed-in users: who a sign-in is, and what they may do (as an {@link Actor}).
 */
@Service
public class People {

    private final PersonStore store;
    private final UnitTree tree;
    private final Clock clock;
    private final CurrentActor current;

    People(PersonStore store, UnitTree tree, Clock clock, CurrentActor current) {
        this.store = store;
        this.tree = tree;
        this.clock = clock;
        this.current = current;
    }

    /**
     * Links a sign-in to its person: by subject, else by employee number, else by e-mail (people HR listed before
     * they first signed in); creates the person if HR has not listed them yet.
     */
    @Transactional
    public SignedInPerson signedIn(SignIn signIn) {
        if (signIn.subject() == null || signIn.subject().isBlank() || signIn.subject().length() > 255) {
            throw new IllegalArgumentException("A sign-in needs a subject of at most 255 characters");
        }
        Instant now = clock.instant();
        Optional<Long> person = store.bySubject(signIn.subject());
        if (person.isEmpty() && present(signIn.employeeNumber())) {
            person = store.unlinkedByEmployeeNumber(signIn.employeeNumber().trim());
        }
        if (person.isEmpty() && present(signIn.email())) {
            person = store.unlinkedByEmail(signIn.email().trim().toLowerCase(Locale.ROOT));
        }
        long id;
        if (person.isPresent()) {
            id = person.get();
            store.link(id, signIn.subject(), now);
        } else {
            String name = present(signIn.name()) ? truncate(signIn.name(), 200) : signIn.subject();
            id = store.createSignedIn(signIn.subject(),
                    present(signIn.employeeNumber()) ? truncate(signIn.employeeNumber(), 32) : null,
                    present(signIn.email()) ? truncate(signIn.email(), 254) : null, name, now);
        }
        boolean active = store.isActive(id);
        Set<Role> global = EnumSet.noneOf(Role.class);
        Set<Role> scoped = EnumSet.noneOf(Role.class);
        store.roles(id).forEach((unit, roles) -> roles.forEach(r -> (r.unitScoped() ? scoped : global).add(r)));
        return new SignedInPerson(id, active, global, scoped);
    }

    /**
     * The signed-in person as the access policy sees them; {@link Actor#nobody()} when nobody is signed in, and for a
     * person HR or an administrator has marked as gone, whatever their sign-in still says. Read from the database
     * (one statement) at every call, so a role taken back or a deactivation counts at the next request in every open
     * session, on every Tavla node. Global roles come from the identity provider's claims at sign-in
     * and from role assignments in Tavla now.
     */
    public Actor currentActor() {
        Optional<String> subject = current.name();
        if (subject.isEmpty()) {
            return Actor.nobody();
        }
        return access(subject.get()).actor(claimedGlobalRoles());
    }


    /**
     * Where the signed-in person belongs (units, the units above, roles), from what this request has read already;
     * empty for nobody, a person who is gone, and a sign-in that is no person.
     */
    public Optional<Membership> currentMembership() {
        Optional<String> subject = current.name();
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        SignedInAccess access = access(subject.get());
        if (!access.active() || access.personId().isEmpty()) {
            return Optional.empty();
        }
        UnitTree.Snapshot snapshot = tree.snapshot();
        Set<Long> above = new HashSet<>();
        access.units().forEach(unit -> above.addAll(snapshot.unitAndAncestors(unit)));
        return Optional.of(new Membership(access.personId().get(), access.units(), above, access.assignedRoles()));
    }

    /**
     * What a sign-in may do now, for the session guard: whether its person is still active, and the roles Tavla
     * assigns them (beside the identity provider's).
     */
    public SignedInAccess access(String subject) {
        return RequestMemo.get("access:" + subject, () -> readAccess(subject));
    }

    /** One statement: the person by subject, with their active role assignments. */
    private SignedInAccess readAccess(String subject) {
        PersonStore.Access access = store.access(subject);
        // a sign-in that is no person (a machine's token) keeps what its sign-in carries
        return new SignedInAccess(Optional.ofNullable(access.personId()),
                access.personId() == null || access.active(), access.units(), access.roles());
    }

    /** The global roles the sign-in itself carries (the identity provider's claims), as the policy knows them. */
    private Set<Role> claimedGlobalRoles() {
        Set<Role> global = EnumSet.noneOf(Role.class);
        for (String role : current.claimedRoles()) {
            try {
                Role known = Role.valueOf(role);
                if (!known.unitScoped()) {
                    global.add(known);
                }
            } catch (IllegalArgumentException ignored) {
                // EMPLOYEE and METRICS are not roles the policy knows
            }
        }
        return global;
    }

    /** Whether this is a person who works here now (not someone who has left, nor an unknown id). */
    @Transactional(readOnly = true)
    public boolean isActive(long personId) {
        return store.isActive(personId);
    }

    /** Whether anyone is signed in. */
    public boolean isSignedIn() {
        return current.name().isPresent();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String truncate(String value, int max) {
        String trimmed = value.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
