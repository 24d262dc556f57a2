package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import no.tavla.shared.Refusal;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** People found or made at sign-in, and roles given and taken back with their trail. */
@TavlaIntegrationTest
@WithMockUser(username = "siri", roles = "ADMIN")
class RolesAndPeopleIT {

    @Autowired
    People people;
    @Autowired
    RoleAssignments roles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context
            .SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private String tag;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "roles");
        tag = org.tag();
    }

    private long unit(String status) {
        return org.unit(status, null, "UNIT", status);
    }

    private long hrPerson(String number, String email) {
        return org.hrRecord(number, null, number, email).id();
    }

    @Test
    void aFirstSignInMakesAPersonAndTheNextFindsThemAgain() {
        SignedInPerson first = people.signedIn(new SignIn("sub-" + tag, "Ny Person", "ny-" + tag + "@demo.no", null));
        SignedInPerson again = people.signedIn(new SignIn("sub-" + tag, "Ny Person", "ny-" + tag + "@demo.no", null));
        assertThat(again.personId()).isEqualTo(first.personId());
        assertThat(first.active()).isTrue();
    }

    @Test
    void aSignInIsLinkedToTheHrRecordByEmployeeNumberElseByEmail() {
        long byNumber = hrPerson("N" + tag, null);
        assertThat(people.signedIn(new SignIn("sub-n-" + tag, "X", null, "N" + tag)).personId()).isEqualTo(byNumber);
        long byEmail = hrPerson("E" + tag, "kari-" + tag + "@demo.no");
        assertThat(people.signedIn(new SignIn("sub-e-" + tag, "X", "KARI-" + tag + "@demo.no", null)).personId())
                .isEqualTo(byEmail);
        assertThat(jdbc.queryForObject("SELECT has_work_computer FROM person WHERE id = ?", Boolean.class, byEmail))
                .as("HR's facts are kept").isFalse();
    }

    @Test
    void someoneWhoHasLeftIsNotActive() {
        long left = hrPerson("L" + tag, null);
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE id = ?", left);
        assertThat(people.signedIn(new SignIn("sub-l-" + tag, "X", null, "L" + tag)).active()).isFalse();
    }

    @Test
    void aRoleIsGivenAndTakenBackAndBothStayInTheTrail() {
        long person = hrPerson("T" + tag, null);
        long unit = unit("ACTIVE");
        long given = roles.grant(person, Role.EDITOR, unit, "Ny hovedredaktør");
        assertThat(roles.grant(person, Role.EDITOR, unit, "igjen")).as("giving it twice changes nothing")
                .isEqualTo(given);
        roles.revoke(given);
        List<RoleGrant> trail = roles.trail(person);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).grantedBy()).isEqualTo("siri");
        assertThat(trail.get(0).revokedBy()).isEqualTo("siri");
        assertThat(trail.get(0).reason()).isEqualTo("Ny hovedredaktør");
        assertThat(trail.get(0).active()).isFalse();
        assertThatThrownBy(() -> roles.revoke(given)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("roles.assignment.unknown");
    }

    @Test
    void badRoleRequestsAreRefusedWithAReason() {
        long person = hrPerson("B" + tag, null);
        assertThatThrownBy(() -> roles.grant(person, Role.EDITOR, null, null))
                .extracting(e -> ((Refusal) e).key()).isEqualTo("roles.unit.required");
        assertThatThrownBy(() -> roles.grant(person, Role.ADMIN, unit("ACTIVE"), null))
                .extracting(e -> ((Refusal) e).key()).isEqualTo("roles.unit.not-allowed");
        assertThatThrownBy(() -> roles.grant(person, Role.MANAGER, unit("ARCHIVED"), null))
                .extracting(e -> ((Refusal) e).key()).isEqualTo("roles.unit.unknown");
        assertThatThrownBy(() -> roles.grant(-1, Role.ADMIN, null, null))
                .extracting(e -> ((Refusal) e).key()).isEqualTo("roles.person.unknown");
        assertThat(roles.trail(person)).isEmpty();
    }

    @Test
    void aPersonDeactivatedWhileSignedInIsNobodyAtTheNextCallWhateverTheirSessionSays() {
        long person = hrPerson("D" + tag, null);
        people.signedIn(new SignIn("sub-d-" + tag, "X", null, "D" + tag));
        roles.grant(person, Role.EDITOR, unit("ACTIVE"), null);
        Actor before = asPerson("sub-d-" + tag, java.util.Set.of("COMMUNICATIONS"), java.util.Set.of("COMMUNICATIONS",
                "EDITOR"));
        assertThat(before.personId()).contains(person);
        assertThat(before.has(Role.COMMUNICATIONS)).isTrue();
        assertThat(before.unitRoles()).isNotEmpty();
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE id = ?", person);
        Actor after = asPerson("sub-d-" + tag, java.util.Set.of("COMMUNICATIONS"), java.util.Set.of("COMMUNICATIONS",
                "EDITOR"));
        assertThat(after).as("no roles, not even the claimed ones, and no person").isEqualTo(Actor.nobody());
    }

    @Test
    void aRoleTakenBackInTavlaCountsAtOnceThoughTheSessionStillCarriesIt() {
        long person = hrPerson("R" + tag, null);
        people.signedIn(new SignIn("sub-r-" + tag, "X", null, "R" + tag));
        long communications = roles.grant(person, Role.COMMUNICATIONS, null, null);
        long editor = roles.grant(person, Role.EDITOR, unit("ACTIVE"), null);
        java.util.Set<String> atSignIn = java.util.Set.of("COMMUNICATIONS", "EDITOR");
        assertThat(asPerson("sub-r-" + tag, java.util.Set.of(), atSignIn).has(Role.COMMUNICATIONS)).isTrue();
        roles.revoke(communications);
        roles.revoke(editor);
        Actor after = asPerson("sub-r-" + tag, java.util.Set.of(), atSignIn);
        assertThat(after.has(Role.COMMUNICATIONS)).as("assigned in Tavla, taken back in Tavla").isFalse();
        assertThat(after.unitRoles()).isEmpty();
        assertThat(after.personId()).contains(person);
        assertThat(asPerson("sub-r-" + tag, java.util.Set.of("ADMIN"), java.util.Set.of("ADMIN")).has(Role.ADMIN))
                .as("a role the identity provider claims stays until the next sign-in").isTrue();
    }

    private Actor asPerson(String subject, java.util.Set<String> claimed, java.util.Set<String> session) {
        no.tavla.support.ServiceSignIn.asPerson(strategies, subject, claimed, session);
        try {
            return people.currentActor();
        } finally {
            no.tavla.support.ServiceSignIn.as(strategies, "siri", "ADMIN");
        }
    }

    @Test
    void assignedGlobalRolesComeWithTheSignIn() {
        long person = hrPerson("G" + tag, null);
        roles.grant(person, Role.COMMUNICATIONS, null, null);
        assertThat(people.signedIn(new SignIn("sub-g-" + tag, "X", null, "G" + tag)).globalRoles())
                .containsExactly(Role.COMMUNICATIONS);
    }
}
