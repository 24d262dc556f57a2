package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import no.tavla.organisation.internal.RoleStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role, given and taken back by administrators, with a trail of who did it, when and why. Nothing is
 * ever deleted: a revoked role stays in the trail.
 */
@Service
public class RoleAssignments {

    private final RoleStore store;
    private final AccessPolicy policy;
    private final CurrentActor current;
    private final Clock clock;

    RoleAssignments(RoleStore store, AccessPolicy policy, CurrentActor current, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.current = current;
        this.clock = clock;
    }

    /** Gives a role; giving one the person already holds there changes nothing and returns that assignment. */
    @Transactional
    public long grant(long personId, Role role, Long unitId, String reason) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (role == null) {
            throw new Refusal("roles.role.required");
        }
        if (!store.activePerson(personId)) {
            throw new Refusal("roles.person.unknown");
        }
        if (role.unitScoped() && unitId == null) {
            throw new Refusal("roles.unit.required");
        }
        if (!role.unitScoped() && unitId != null) {
            throw new Refusal("roles.unit.not-allowed");
        }
        if (unitId != null && !store.activeUnit(unitId)) {
            throw new Refusal("roles.unit.unknown");
        }
        if (reason != null && reason.length() > 500) {
            throw new Refusal("roles.reason.too-long", 500);
        }
        Optional<Long> held = store.held(personId, role, unitId);
        if (held.isPresent()) {
            return held.get();
        }
        return store.grant(personId, role, unitId, current.nameOrSystem(), clock.instant(),
                reason == null || reason.isBlank() ? null : reason.trim());
    }

    /** Takes a role back; it stays in the trail. */
    @Transactional
    public void revoke(long assignmentId) {
        policy.requireAnywhere(Action.ADMINISTER);
        if (!store.revoke(assignmentId, current.nameOrSystem(), clock.instant())) {
            throw new Refusal("roles.assignment.unknown");
        }
    }

    /** Every role the person holds or held, newest first. Administrators, managers and communications may look. */
    @Transactional(readOnly = true)
    public List<RoleGrant> trail(long personId) {
        policy.requireAnywhere(Action.VIEW_ADMINISTRATION);
        return store.trail(personId);
    }

}
