package no.tavla.crisis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
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
     * @param onPaper      of those who confirmed, how many signed a sheet on paper
     * @param notConfirmed those of them who have not confirmed, without a PC first, then by name; only for the unit's
     *                     managers, empty for everyone else
     */
    public record UnitConfirmations(Crisis crisis, int people, int confirmed, int onPaper,
                                    List<Audiences.Member> notConfirmed) {

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
            if (within != null && !crisis.wholeMunicipality()
                    && Collections.disjoint(audiences.withSubUnits(crisis.units()), within)) {
                continue;
            }
            Set<Long> onPaper = store.confirmedOnPaper(crisis.id());
            List<Audiences.Member> members = inScope(crisis, within);
            List<Audiences.Member> notConfirmed = notConfirmed(crisis, members);
            found.add(new UnitConfirmations(crisis, members.size(), members.size() - notConfirmed.size(),
                    (int) members.stream().filter(member -> onPaper.contains(member.personId())).count(),
                    names ? notConfirmed : List.of()));
        }
        return found;
    }

    /**
     * Records who signed the crisis notice's sheet on paper, as their confirmation, for a manager of theirs: each must
     * be in the crisis's scope and in a unit the manager follows up. While it lasts, and for {@link #RECENT} after its
     * end (sheets come back late).
     *
     * @return how many confirmations were new (those who had confirmed already keep theirs)
     * @throws Refusal when the day is missing, ahead, or before the crisis began; when no one is ticked; or when
     *                 someone ticked is not theirs in the scope (nothing is written)
     */
    @Transactional
    public int recordPaper(long crisisId, LocalDate signedOn, Collection<Long> personIds) {
        Actor actor = people.currentActor();
        long recorder = actor.personId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Set<Long> followed = policy.followedUpUnits(actor);
        if (followed.isEmpty()) {
            throw new AccessDeniedException("Only managers record sign-off sheets");
        }
        Crisis crisis = store.find(crisisId).filter(found -> found.lasting()
                || !found.endedAt().isBefore(clock.instant().minus(RECENT)))
                .orElseThrow(() -> new Refusal("crisis.paper.gone"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), TavlaTime.ZONE);
        if (signedOn == null || signedOn.isAfter(today)
                || signedOn.isBefore(LocalDate.ofInstant(crisis.startedAt(), TavlaTime.ZONE))) {
            throw new Refusal("crisis.paper.date");
        }
        if (personIds == null || personIds.isEmpty()) {
            throw new Refusal("crisis.paper.nobody");
        }
        Set<Long> theirs = new HashSet<>();
        inScope(crisis, followed).forEach(member -> theirs.add(member.personId()));
        if (!theirs.containsAll(personIds)) {
            throw new Refusal("reach.not-in-audience");
        }
        Instant now = clock.instant();
        int added = store.recordPaper(crisisId, Set.copyOf(personIds), signedOn, now, recorder);
        store.log(crisisId, now, recorder, "PAPER", String.valueOf(added));
        return added;
    }

    /** Those the crisis holds now, within these units (null: everywhere). */
    List<Audiences.Member> inScope(Crisis crisis, Set<Long> within) {
        Set<Long> scope = crisis.wholeMunicipality() ? Set.of() : audiences.withSubUnits(crisis.units());
        return audiences.members(crisis.wholeMunicipality(), scope, Set.of(), within);
    }

    /** Those of them who have not confirmed, as a manager follows them up: without a PC first, then by name. */
    List<Audiences.Member> notConfirmed(Crisis crisis, List<Audiences.Member> members) {
        Set<Long> confirmed = store.confirmedPeople(crisis.id());
        return members.stream().filter(member -> !confirmed.contains(member.personId()))
                .sorted(Comparator.comparing(Audiences.Member::hasWorkComputer).thenComparing(Audiences.Member::name))
                .toList();
    }
}
