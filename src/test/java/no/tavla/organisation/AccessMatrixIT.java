package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Who may do what, where: every role against its own unit, a sub-unit, another unit and an archived sub-unit, for
 * every action. The matrix is data; later modules add their actions as rows. Signed-in people are real people with
 * real role assignments, and administration is checked through the services themselves.
 */
@TavlaIntegrationTest
class AccessMatrixIT {

    @Autowired
    AccessPolicy policy;
    @Autowired
    People people;
    @Autowired
    HrImportService imports;
    @Autowired
    RoleAssignments roles;
    @Autowired
    UnitAdministration administration;
    @Autowired
    PersonProfiles profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private Map<String, Long> units;

    @BeforeEach
    void organisation() {
        // sector S > unit U > department D and archived department X; another sector O
        TestOrganisation org = new TestOrganisation(jdbc, "matrix");
        units = Map.of("S", org.unit("S", null, "SECTOR", "ACTIVE"), "O", org.unit("O", null, "SECTOR", "ACTIVE"),
                "own", org.unit("U", "S", "UNIT", "ACTIVE"), "sub", org.unit("D", "U", "DEPARTMENT", "ACTIVE"),
                "archived", org.unit("X", "U", "DEPARTMENT", "ARCHIVED"), "other", org.unit("OU", "O", "UNIT", "ACTIVE"));
    }

    @AfterEach
    void signOut() {
        strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy).clearContext();
    }

    /** Signs in as a new person holding the role (on the own unit if it is unit-scoped). */
    private Actor signInAs(String role) {
        String subject = "matrix-" + UUID.randomUUID();
        long person = people.signedIn(new SignIn(subject, "Matrix " + role, null, null)).personId();
        List<String> authorities = new java.util.ArrayList<>(List.of("ROLE_EMPLOYEE"));
        if (!role.equals("EMPLOYEE")) {
            Role given = Role.valueOf(role);
            jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at)"
                    + " VALUES (?, ?, ?, 'test', NOW(6))", person, given.name(), given.unitScoped() ? units.get("own") : null);
            if (!given.unitScoped()) {
                authorities.add("ROLE_" + role); // as the sign-in adds assigned global roles
            }
        }
        var context = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        context.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(subject, "n/a",
                authorities.stream().map(SimpleGrantedAuthority::new).toList()));
        return people.currentActor();
    }

    @ParameterizedTest(name = "{0} {1}: own {2}, sub-unit {3}, other unit {4}, archived sub-unit {5}")
    @CsvSource({
            // role,          action,              own, sub, other, archived
            "EMPLOYEE,       VIEW_UNIT,            yes, yes, yes,   yes",
            "EMPLOYEE,       EDIT_UNIT_PAGE,       no,  no,  no,    no",
            "EMPLOYEE,       PUBLISH_FOR_UNIT,     no,  no,  no,    no",
            "EMPLOYEE,       FOLLOW_UP_REACH,      no,  no,  no,    no",
            "EMPLOYEE,       VIEW_ADMINISTRATION,  no,  no,  no,    no",
            "EMPLOYEE,       ADMINISTER,           no,  no,  no,    no",
            "EMPLOYEE,       APPROVE,              no,  no,  no,    no",
            "EMPLOYEE,       LEAD_CRISIS,          no,  no,  no,    no",
            "EMPLOYEE,       PLAN_COMMUNICATION,   no,  no,  no,    no",
            "EDITOR,         VIEW_UNIT,            yes, yes, yes,   yes",
            "EDITOR,         EDIT_UNIT_PAGE,       yes, yes, no,    no",
            "EDITOR,         PUBLISH_FOR_UNIT,     yes, yes, no,    no",
            "EDITOR,         FOLLOW_UP_REACH,      no,  no,  no,    no",
            "EDITOR,         VIEW_ADMINISTRATION,  no,  no,  no,    no",
            "EDITOR,         ADMINISTER,           no,  no,  no,    no",
            "EDITOR,         APPROVE,              no,  no,  no,    no",
            "EDITOR,         LEAD_CRISIS,          no,  no,  no,    no",
            "EDITOR,         PLAN_COMMUNICATION,   yes, yes, no,    no",
            "MANAGER,        VIEW_UNIT,            yes, yes, yes,   yes",
            "MANAGER,        EDIT_UNIT_PAGE,       yes, yes, no,    no",
            "MANAGER,        PUBLISH_FOR_UNIT,     no,  no,  no,    no",
            "MANAGER,        FOLLOW_UP_REACH,      yes, yes, no,    yes",
            "MANAGER,        VIEW_ADMINISTRATION,  yes, yes, no,    yes",
            "MANAGER,        ADMINISTER,           no,  no,  no,    no",
            "MANAGER,        APPROVE,              no,  no,  no,    no",
            "MANAGER,        LEAD_CRISIS,          no,  no,  no,    no",
            "MANAGER,        PLAN_COMMUNICATION,   no,  no,  no,    no",
            "COMMUNICATIONS, VIEW_UNIT,            yes, yes, yes,   yes",
            "COMMUNICATIONS, EDIT_UNIT_PAGE,       no,  no,  no,    no",
            "COMMUNICATIONS, PUBLISH_FOR_UNIT,     yes, yes, yes,   no",
            "COMMUNICATIONS, FOLLOW_UP_REACH,      no,  no,  no,    no",
            "COMMUNICATIONS, VIEW_ADMINISTRATION,  yes, yes, yes,   yes",
            "COMMUNICATIONS, ADMINISTER,           no,  no,  no,    no",
            "COMMUNICATIONS, APPROVE,              yes, yes, yes,   yes",
            "COMMUNICATIONS, LEAD_CRISIS,          yes, yes, yes,   no",
            "COMMUNICATIONS, PLAN_COMMUNICATION,   yes, yes, yes,   no",
            "ADMIN,          VIEW_UNIT,            yes, yes, yes,   yes",
            "ADMIN,          EDIT_UNIT_PAGE,       yes, yes, yes,   yes",
            "ADMIN,          PUBLISH_FOR_UNIT,     yes, yes, yes,   no",
            "ADMIN,          FOLLOW_UP_REACH,      yes, yes, yes,   yes",
            "ADMIN,          VIEW_ADMINISTRATION,  yes, yes, yes,   yes",
            "ADMIN,          ADMINISTER,           yes, yes, yes,   yes",
            "ADMIN,          APPROVE,              yes, yes, yes,   yes",
            "ADMIN,          LEAD_CRISIS,          no,  no,  no,    no",
            "ADMIN,          PLAN_COMMUNICATION,   yes, yes, yes,   no",
            "CRISIS,         VIEW_UNIT,            yes, yes, yes,   yes",
            "CRISIS,         EDIT_UNIT_PAGE,       no,  no,  no,    no",
            "CRISIS,         PUBLISH_FOR_UNIT,     no,  no,  no,    no",
            "CRISIS,         FOLLOW_UP_REACH,      no,  no,  no,    no",
            "CRISIS,         VIEW_ADMINISTRATION,  no,  no,  no,    no",
            "CRISIS,         ADMINISTER,           no,  no,  no,    no",
            "CRISIS,         APPROVE,              no,  no,  no,    no",
            "CRISIS,         LEAD_CRISIS,          yes, yes, yes,   no",
            "CRISIS,         PLAN_COMMUNICATION,   no,  no,  no,    no",
    })
    void thePolicyAnswersEveryRoleOnEveryUnitForEveryAction(String role, Action action, String own, String sub,
                                                           String other, String archived) {
        Actor actor = signInAs(role);
        assertThat(policy.may(actor, action, units.get("own"))).as("own unit").isEqualTo(own.equals("yes"));
        assertThat(policy.may(actor, action, units.get("sub"))).as("sub-unit").isEqualTo(sub.equals("yes"));
        assertThat(policy.may(actor, action, units.get("other"))).as("other unit").isEqualTo(other.equals("yes"));
        assertThat(policy.may(actor, action, units.get("archived"))).as("archived sub-unit")
                .isEqualTo(archived.equals("yes"));
    }

    @ParameterizedTest(name = "{0} administers through the services: {1}")
    @CsvSource({"EMPLOYEE, no", "EDITOR, no", "MANAGER, no", "COMMUNICATIONS, no", "ADMIN, yes"})
    void onlyAdministratorsGetThroughTheAdministrationServices(String role, String allowed) {
        signInAs(role);
        ImportFiles files = new ImportFiles(("Kode;Navn;Type\n" + tag + "-N;Ny;sektor\n")
                .getBytes(StandardCharsets.UTF_8), null);
        long somebody = people.signedIn(new SignIn("matrix-target-" + tag, "Target", null, null)).personId();
        if (allowed.equals("yes")) {
            assertThatCode(() -> imports.preview(files, ImportMode.PARTIAL)).doesNotThrowAnyException();
            assertThatCode(() -> roles.grant(somebody, Role.EDITOR, units.get("own"), "matrix")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> imports.preview(files, ImportMode.PARTIAL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.apply(files, ImportMode.PARTIAL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roles.grant(somebody, Role.ADMIN, null, "matrix"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.create(tag + "-H", "Hånd", UnitType.UNIT, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.rename(units.get("own"), "Nytt navn", UnitType.UNIT))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> profiles.update(somebody, new PersonChanges(null, units.get("own"), List.of(),
                    null, "Alt", null, true, true))).isInstanceOf(AccessDeniedException.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code IN (?, ?)", Integer.class,
                    tag + "-N", tag + "-H")).isZero();
            assertThat(jdbc.queryForObject("SELECT responsibilities FROM person WHERE id = ?", String.class,
                    somebody)).isNull();
        }
    }

    @ParameterizedTest(name = "{0}: own profile {1}, another person's details {2}, changes another {3}")
    @CsvSource({
            // role,          edits own, looks at another, changes another
            "EMPLOYEE,        yes,       no,               no",
            "EDITOR,          yes,       no,               no",
            "MANAGER,         yes,       yes,              no",
            "COMMUNICATIONS,  yes,       yes,              no",
            "ADMIN,           yes,       yes,              yes"})
    void everyoneKeepsTheirOwnProfileAndOnlyAdministratorsChangeOthers(String role, String own, String look,
                                                                      String change) {
        Actor actor = signInAs(role);
        long other = people.signedIn(new SignIn("matrix-other-" + UUID.randomUUID(), "Other", null, null)).personId();
        assertThat(policy.mayEditProfile(actor, actor.personId().orElseThrow())).isEqualTo(own.equals("yes"));
        assertThat(policy.mayViewPerson(actor, other)).isEqualTo(look.equals("yes"));
        assertThat(policy.mayEditProfile(actor, other)).isEqualTo(change.equals("yes"));
        assertThatCode(() -> profiles.updateMine(new ProfileChanges("+47 22 33 44 55", "Nøkler", "nøkler")))
                .doesNotThrowAnyException();
        if (look.equals("yes")) {
            assertThat(profiles.details(other)).isPresent();
        } else {
            assertThatThrownBy(() -> profiles.details(other)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} sees role trails: {1}")
    @CsvSource({"EMPLOYEE, no", "EDITOR, no", "MANAGER, yes", "COMMUNICATIONS, yes", "ADMIN, yes"})
    void managersAndCommunicationsMayLookAtTheAdministration(String role, String allowed) {
        Actor actor = signInAs(role);
        long person = actor.personId().orElseThrow();
        if (allowed.equals("yes")) {
            assertThatCode(() -> roles.trail(person)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> roles.trail(person)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Arrays.asList(Action.values())).as("every action has rows above").hasSize(9);
    }

    @ParameterizedTest(name = "{0} follows up the staff of own {1}, sub-unit {2}, other unit {3}")
    @CsvSource({"EMPLOYEE, no, no, no", "EDITOR, no, no, no", "MANAGER, yes, yes, no", "COMMUNICATIONS, no, no, no"})
    void managersFollowUpTheStaffOfTheirUnitsAndBelow(String role, String own, String sub, String other) {
        java.util.Set<Long> followed = policy.followedUpUnits(signInAs(role));
        assertThat(followed.contains(units.get("own"))).isEqualTo(own.equals("yes"));
        assertThat(followed.contains(units.get("sub"))).isEqualTo(sub.equals("yes"));
        assertThat(followed.contains(units.get("other"))).isEqualTo(other.equals("yes"));
    }

    /** An item for the matrix: by the actor or someone else, in the own or another unit, for whom, and whether out. */
    private ItemScope item(Actor actor, String situation) {
        long me = actor.personId().orElse(-1L);
        long own = units.get("own");
        long other = units.get("other");
        java.util.Set<Long> ownReached = java.util.Set.of(own, units.get("sub"));
        return switch (situation) {
            case "own-draft" -> new ItemScope(me, own, false, java.util.Set.of(own), ownReached, false, false);
            case "own-out" -> new ItemScope(-5, own, false, java.util.Set.of(own), ownReached, false, true);
            case "whole-draft" -> new ItemScope(-5, other, true, java.util.Set.of(), java.util.Set.of(), false, false);
            case "whole-out" -> new ItemScope(-5, other, true, java.util.Set.of(), java.util.Set.of(), false, true);
            case "own-public" -> new ItemScope(me, own, false, java.util.Set.of(own), ownReached, true, false);
            case "other-out" -> new ItemScope(-5, other, false, java.util.Set.of(other), java.util.Set.of(other), false,
                    true);
            default -> throw new IllegalArgumentException(situation);
        };
    }

    @ParameterizedTest(name = "{0} and {1}: works on it {2}, publishes it alone {3}, sees its reach {4}")
    @CsvSource({
            // role,          item,        work on, publish alone, see reach
            "EMPLOYEE,        own-out,     no,      no,            no",
            "EMPLOYEE,        whole-out,   no,      no,            no",
            "EDITOR,          own-draft,   yes,     yes,           yes",
            "EDITOR,          own-out,     yes,     yes,           yes",
            "EDITOR,          own-public,  yes,     no,            yes",
            "EDITOR,          whole-draft, no,      no,            no",
            "EDITOR,          whole-out,   no,      no,            no",
            "EDITOR,          other-out,   no,      no,            no",
            "MANAGER,         own-draft,   no,      no,            no",
            "MANAGER,         own-out,     no,      no,            yes",
            "MANAGER,         own-public,  no,      no,            no",
            "MANAGER,         whole-draft, no,      no,            no",
            "MANAGER,         whole-out,   no,      no,            yes",
            "MANAGER,         other-out,   no,      no,            no",
            "COMMUNICATIONS,  whole-draft, yes,     yes,           yes",
            "COMMUNICATIONS,  own-public,  yes,     yes,           yes",
            "COMMUNICATIONS,  other-out,   yes,     yes,           yes",
            "ADMIN,           whole-draft, yes,     yes,           yes",
            "ADMIN,           other-out,   yes,     yes,           yes",
    })
    void itemsAreWorkedOnPublishedAloneAndFollowedUpOnlyByThoseThePolicyNames(String role, String situation,
                                                                            String work, String alone, String reach) {
        Actor actor = signInAs(role);
        ItemScope item = item(actor, situation);
        assertThat(policy.mayWorkOn(actor, item)).as("works on it").isEqualTo(work.equals("yes"));
        assertThat(policy.mayPublishDirectly(actor, item)).as("publishes it alone").isEqualTo(alone.equals("yes"));
        assertThat(policy.maySeeReach(actor, item)).as("sees its reach and counts").isEqualTo(reach.equals("yes"));
    }

    @ParameterizedTest(name = "{0} sees of themselves {1}, of staff in the own unit {2}, below it {3}, elsewhere {4}")
    @CsvSource({
            // role,          self, own unit,  sub-unit,  other unit
            "EMPLOYEE,        FULL, NONE,      NONE,      NONE",
            "EDITOR,          FULL, NONE,      NONE,      NONE",
            "MANAGER,         FULL, STAFF,     STAFF,     DIRECTORY",
            "COMMUNICATIONS,  FULL, DIRECTORY, DIRECTORY, DIRECTORY",
            "ADMIN,           FULL, FULL,      FULL,      FULL"})
    void whoSeesHowMuchOfWhomInThePeopleList(String role, PersonSight.PersonView self, PersonSight.PersonView own,
                                            PersonSight.PersonView sub, PersonSight.PersonView other) {
        Actor actor = signInAs(role);
        PersonSight sight = policy.personSight(actor);
        assertThat(sight.of(actor.personId().orElseThrow(), null)).as("self").isEqualTo(self);
        assertThat(sight.of(-7, units.get("own"))).as("own unit").isEqualTo(own);
        assertThat(sight.of(-7, units.get("sub"))).as("sub-unit").isEqualTo(sub);
        assertThat(sight.of(-7, units.get("other"))).as("other unit").isEqualTo(other);
        assertThat(sight.of(-7, units.get("own")).employeeNumber()).as("employee number")
                .isEqualTo(role.equals("ADMIN"));
    }

    @org.junit.jupiter.api.Test
    void nobodySignedInMayDoNothingButLook() {
        assertThat(policy.mayEditProfile(Actor.nobody(), units.get("own"))).isFalse();
        assertThat(policy.mayViewPerson(Actor.nobody(), 1)).isFalse();
        Actor nobody = Actor.nobody();
        for (Action action : Action.values()) {
            assertThat(policy.may(nobody, action, units.get("own"))).as(action.name())
                    .isEqualTo(action == Action.VIEW_UNIT);
        }
        assertThat(policy.may(nobody, Action.VIEW_UNIT, -1)).as("a unit that does not exist").isFalse();
    }
}
