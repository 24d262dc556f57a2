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
        if (actor.has(Role.ADMIN)) {
            return action != Action.PUBLISH_FOR_UNIT || unit.active();
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
            case VIEW_UNIT -> true;
        };
    }

    /** May the actor do this somewhere at all (for menus and global pages)? */
    public boolean mayAnywhere(Actor actor, Action action) {
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
        };
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

    /** Everyone keeps their own profile (phone, who does what); administrators keep everyone's. */
    public boolean mayEditProfile(Actor actor, long personId) {
        return actor.has(Role.ADMIN) || actor.personId().filter(id -> id == personId).isPresent();
    }

    /** A person's details are for the administration's onlookers and for the person themselves. */
    public boolean mayViewPerson(Actor actor, long personId) {
        return mayAnywhere(actor, Action.VIEW_ADMINISTRATION) || actor.personId().filter(id -> id == personId).isPresent();
    }

    private static boolean holds(Actor actor, Role role, List<Long> units) {
        return units.stream().anyMatch(unit -> actor.unitRoles().getOrDefault(unit, java.util.Set.of()).contains(role));
    }

    private static boolean anyUnitRole(Actor actor, Role role) {
        return actor.unitRoles().values().stream().anyMatch(roles -> roles.contains(role));
    }
}
