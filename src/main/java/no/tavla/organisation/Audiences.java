package no.tavla.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.tavla.organisation.internal.AudienceQueries;
import no.tavla.organisation.internal.UnitTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who an audience holds: the whole municipality, or chosen units (with or without their sub-units), optionally only
 * those holding certain roles. Resolved from the organisation as it is now, so people who move units move with it.
 */
@Service
public class Audiences {

    /** How many people an audience holds, and how many of them have no work computer. */
    public record Size(int people, int withoutComputer) {
    }

    /** A person in an audience, for following up who has not confirmed. */
    public record Member(long personId, String name, Long unitId, String unitName, boolean hasWorkComputer) {
    }

    private final AudienceQueries queries;
    private final UnitTree tree;
    private final AccessPolicy policy;
    private final People people;

    Audiences(AudienceQueries queries, UnitTree tree, AccessPolicy policy, People people) {
        this.queries = queries;
        this.tree = tree;
        this.policy = policy;
        this.people = people;
    }

    /** The person's units: their primary unit and the others they belong to. */
    @Transactional(readOnly = true)
    public Set<Long> unitsOf(long personId) {
        return queries.unitsOf(personId);
    }

    /** The units and every unit above them: an audience "with sub-units" on any of these reaches the person. */
    @Transactional(readOnly = true)
    public Set<Long> withAncestors(Collection<Long> units) {
        UnitTree.Snapshot snapshot = tree.snapshot();
        Set<Long> all = new HashSet<>();
        units.forEach(unit -> all.addAll(snapshot.unitAndAncestors(unit)));
        return all;
    }

    /** The units and everything below them. */
    @Transactional(readOnly = true)
    public Set<Long> withSubUnits(Collection<Long> units) {
        return tree.snapshot().withDescendants(units);
    }

    /** The roles a person holds now (global ones and unit-scoped ones anywhere). */
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(long personId) {
        return queries.rolesOf(personId);
    }

    /** How many active people the audience holds now. {@code units} are already expanded to their sub-units. */
    @Transactional(readOnly = true)
    public Size size(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        return queries.size(wholeMunicipality, units, roles);
    }

    /**
     * The audience's people, by name; {@code within} limits them to those units (null: no limit). Personal data: only
     * for those who follow up, approve or write, who pass it on only as their own rules allow.
     */
    @Transactional(readOnly = true)
    public List<Member> members(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, Set<Long> within) {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.FOLLOW_UP_REACH) && !policy.mayApprove(actor)
                && !policy.mayAnywhere(actor, Action.PUBLISH_FOR_UNIT)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed to list an audience");
        }
        return queries.members(wholeMunicipality, units, roles, within);
    }

    /**
     * The same, for a job of Tavla's own that passes names on only as a manager's view would (the deadline job tells
     * each manager of their own staff). Refused while someone is signed in, so no page can reach it.
     */
    @Transactional(readOnly = true)
    public List<Member> membersForJob(boolean wholeMunicipality, Set<Long> units, Set<Role> roles) {
        if (people.isSignedIn()) {
            throw new org.springframework.security.access.AccessDeniedException("Only Tavla's own jobs list this way");
        }
        return queries.members(wholeMunicipality, units, roles, null);
    }
}
