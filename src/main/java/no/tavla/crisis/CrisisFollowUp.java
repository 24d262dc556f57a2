package no.tavla.crisis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a crisis reached a unit's staff, by who pressed "Jeg har lest" (issue 15): for reach, where managers follow
 * up their own staff by name (and print the sign-off sheet for the rest) and communications sees the numbers.
 */
@Service
public class CrisisFollowUp {

    /** How long after its end a crisis still shows in reach. */
    public static final Duration RECENT = Duration.ofDays(56);
    private static final int CRISES = 20;

    /**
     * @param people       those in the crisis's scope in the unit (with its sub-units) now
     * @param notConfirmed those of them who have not confirmed, without a PC first, then by name; only for the unit's
     *                     managers, empty for everyone else
     */
    public record UnitConfirmations(Crisis crisis, int people, int confirmed, List<Audiences.Member> notConfirmed) {

        public UnitConfirmations {
            notConfirmed = List.copyOf(notConfirmed);
        }

        public int percent() {
            return people == 0 ? 0 : Math.round(100f * confirmed / people);
        }
    }

    private final CrisisStore store;
    private final Audiences audiences;
    private final AccessPolicy policy;
    private final People people;
    private final Clock clock;

    CrisisFollowUp(CrisisStore store, Audiences audiences, AccessPolicy policy, People people, Clock clock) {
        this.store = store;
        this.audiences = audiences;
        this.policy = policy;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The crises and drills in force or ended in the last {@link #RECENT} whose scope reaches the unit, newest first,
     * with its confirmations. For the unit's managers (with names) and communications (numbers only).
     *
     * @param unitId null for the whole municipality (communications)
     */
    @Transactional(readOnly = true)
    public List<UnitConfirmations> forUnit(Long unitId) {
        Actor actor = people.currentActor();
        boolean names = unitId != null && policy.followedUpUnits(actor).contains(unitId);
        if (!names && !policy.mayAnywhere(actor, Action.APPROVE)) {
            throw new AccessDeniedException("Not allowed to follow up this unit");
        }
        Instant since = clock.instant().minus(RECENT);
        Set<Long> within = unitId == null ? null : audiences.withSubUnits(Set.of(unitId));
        List<UnitConfirmations> found = new ArrayList<>();
        for (Crisis crisis : store.all(CRISES)) {
            if (!crisis.lasting() && crisis.endedAt().isBefore(since)) {
                continue;
            }
            Set<Long> scope = crisis.wholeMunicipality() ? Set.of() : audiences.withSubUnits(crisis.units());
            if (within != null && !crisis.wholeMunicipality() && Collections.disjoint(scope, within)) {
                continue;
            }
            Set<Long> confirmed = store.confirmedPeople(crisis.id());
            List<Audiences.Member> members = audiences.members(crisis.wholeMunicipality(), scope, Set.of(), within);
            List<Audiences.Member> notConfirmed = members.stream()
                    .filter(member -> !confirmed.contains(member.personId()))
                    .sorted(Comparator.comparing(Audiences.Member::hasWorkComputer)
                            .thenComparing(Audiences.Member::name)).toList();
            found.add(new UnitConfirmations(crisis, members.size(), members.size() - notConfirmed.size(),
                    names ? notConfirmed : List.of()));
        }
        return found;
    }
}
