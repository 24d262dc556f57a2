package no.tavla.organisation;

import java.util.List;

import no.tavla.organisation.internal.UnitTree;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this person do this here". Every module asks it, in its services as well as its views; no
 * rule about who may do what lives anywhere else. The access-matrix test holds every rule as a row of data.
 */
@Component
public class AccessPolicy {

    private final UnitTree tree;
    private final People people;

    AccessPolicy(UnitTree tree, People people) {
        this.tree = tree;
        this.people = people;
    }

    /**
     * For services: refuses unless the signed-in person may do this somewhere.
     *
     * @throws AccessDeniedException naming what was refused
     */
    public void requireAnywhere(Action action) {
        if (!mayAnywhere(people.currentActor(), action)) {
            throw new AccessDeniedException("Not allowed: " + action);
        }
    }

    /** May the actor do this on the unit (and so on what belongs to it)? */
    public boolean may(Actor actor, Action action, long unitId) {
        UnitTree.Snapshot units = tree.snapshot();
        UnitTree.Node unit = units.unit(unitId).orElse(null);
        if (unit == null) {
            return false;
        }
        if (action == Action.VIEW_UNIT) {
            return true; // unit pages are for everyone signed in, archived ones too
        }
        if (action == Action.LEAD_CRISIS) {
            return unit.active() && leadsCrises(actor); // not for administrators as such (decision 0020)
        }
        if (actor.has(Role.ADMIN)) {
            return (action != Action.PUBLISH_FOR_UNIT && action != Action.PLAN_COMMUNICATION) || unit.active();
        }
        List<Long> unitAndAbove = units.unitAndAncestors(unitId);
        boolean editor = holds(actor, Role.EDITOR, unitAndAbove);
        boolean manager = holds(actor, Role.MANAGER, unitAndAbove);
        return switch (action) {
            case EDIT_UNIT_PAGE -> unit.active() && (editor || manager);
            case PUBLISH_FOR_UNIT -> unit.active() && (editor || actor.has(Role.COMMUNICATIONS));
            case FOLLOW_UP_REACH -> manager;
            case VIEW_ADMINISTRATION -> actor.has(Role.COMMUNICATIONS) || manager;
            case ADMINISTER -> false;
            case APPROVE -> actor.has(Role.COMMUNICATIONS);
            case PLAN_COMMUNICATION -> unit.active() && (editor || actor.has(Role.COMMUNICATIONS));
            case VIEW_UNIT, LEAD_CRISIS -> true;
        };
    }

    /** May the actor do this somewhere at all (for menus and global pages)? */
    public boolean mayAnywhere(Actor actor, Action action) {
        if (action == Action.LEAD_CRISIS) {
            return leadsCrises(actor);
        }
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        return switch (action) {
            case VIEW_UNIT -> true;
            case ADMINISTER -> false;
            case VIEW_ADMINISTRATION -> actor.has(Role.COMMUNICATIONS) || anyUnitRole(actor, Role.MANAGER);
            case PUBLISH_FOR_UNIT -> actor.has(Role.COMMUNICATIONS) || anyUnitRole(actor, Role.EDITOR);
            case EDIT_UNIT_PAGE -> anyUnitRole(actor, Role.EDITOR) || anyUnitRole(actor, Role.MANAGER);
            case FOLLOW_UP_REACH -> anyUnitRole(actor, Role.MANAGER);
            case APPROVE -> actor.has(Role.COMMUNICATIONS);
            case LEAD_CRISIS -> leadsCrises(actor);
            case PLAN_COMMUNICATION -> actor.has(Role.COMMUNICATIONS) || anyUnitRole(actor, Role.EDITOR);
        };
    }

    /** The crisis staff and communications; administrators grant the role but do not hold it by being administrators. */
    private static boolean leadsCrises(Actor actor) {
        return actor.has(Role.CRISIS) || actor.has(Role.COMMUNICATIONS);
    }

    /**
     * The units whose staff the actor follows up: those they manage and everything below. Names of people not reached
     * are shown only within these.
     */
    public java.util.Set<Long> followedUpUnits(Actor actor) {
        List<Long> managed = actor.unitRoles().entrySet().stream().filter(e -> e.getValue().contains(Role.MANAGER))
                .map(java.util.Map.Entry::getKey).toList();
        return managed.isEmpty() ? java.util.Set.of() : tree.snapshot().withDescendants(managed);
    }

    /** Communications (and administrators): approve, return, and see the whole municipality in numbers. */
    public boolean mayApprove(Actor actor) {
        return mayAnywhere(actor, Action.APPROVE);
    }

    /**
     * Who works on an item (edits it, sees its history, its drafts and its reach, whatever its state): its writer
     * while they still write for some unit, the editors of its owning unit, and communications.
     */
    public boolean mayWorkOn(Actor actor, ItemScope item) {
        boolean writer = actor.personId().filter(id -> id == item.authorId()).isPresent()
                && mayAnywhere(actor, Action.PUBLISH_FOR_UNIT);
        return writer || mayApprove(actor) || may(actor, Action.PUBLISH_FOR_UNIT, item.owningUnitId());
    }

    /**
     * Whether the actor may put the item out (or change what is out) without communications' approval: only an
     * internal item whose owning unit and every audience unit lie within the writer's own units. Anything for the
     * whole municipality, beyond their units or for the public needs approval.
     */
    public boolean mayPublishDirectly(Actor actor, ItemScope item) {
        if (mayApprove(actor)) {
            return true;
        }
        if (item.wholeMunicipality() || item.publicPart() || !may(actor, Action.PUBLISH_FOR_UNIT,
                item.owningUnitId())) {
            return false;
        }
        return item.chosenUnits().stream().allMatch(unit -> may(actor, Action.PUBLISH_FOR_UNIT, unit));
    }

    /**
     * Who sees an item's reach and counts: those who work on it, at any time; managers whose staff its audience
     * reaches, and only once it is out. Before that, someone who does not work on it learns nothing of it.
     */
    public boolean maySeeReach(Actor actor, ItemScope item) {
        if (mayWorkOn(actor, item)) {
            return true;
        }
        if (!item.out()) {
            return false;
        }
        java.util.Set<Long> followed = followedUpUnits(actor);
        if (followed.isEmpty()) {
            return false;
        }
        return item.wholeMunicipality() || item.reachedUnits().stream().anyMatch(followed::contains);
    }

    /** Everyone keeps their own profile (phone, who does what); administrators keep everyone's. */
    public boolean mayEditProfile(Actor actor, long personId) {
        return actor.has(Role.ADMIN) || actor.personId().filter(id -> id == personId).isPresent();
    }

    /** A person's details are for the administration's onlookers and for the person themselves. */
    public boolean mayViewPerson(Actor actor, long personId) {
        return mayAnywhere(actor, Action.VIEW_ADMINISTRATION) || actor.personId().filter(id -> id == personId).isPresent();
    }

    /**
     * How much of each person the actor sees: everything for administrators and of oneself, a manager's own staff
     * without the employee number, and to other onlookers only what the directory shows.
     *
     * @see "docs/decisions/0011-who-sees-whom-in-the-people-list.md"
     */
    public PersonSight personSight(Actor actor) {
        return new PersonSight(actor.has(Role.ADMIN), actor.personId(), followedUpUnits(actor),
                mayAnywhere(actor, Action.VIEW_ADMINISTRATION));
    }

    private static boolean holds(Actor actor, Role role, List<Long> units) {
        return units.stream().anyMatch(unit -> actor.unitRoles().getOrDefault(unit, java.util.Set.of()).contains(role));
    }

    private static boolean anyUnitRole(Actor actor, Role role) {
        return actor.unitRoles().values().stream().anyMatch(roles -> roles.contains(role));
    }
}
