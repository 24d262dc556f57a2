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

/** Editing a person by hand: every value checked, nothing half-saved, the memberships replaced as a whole. */
@TavlaIntegrationTest
@WithMockUser(username = "siri", roles = "ADMIN")
class PersonProfilesIT {

    @Autowired
    PersonProfiles profiles;
    @Autowired
    JdbcTemplate jdbc;

    private long home;
    private long second;
    private long archived;
    private long person;

    @BeforeEach
    void organisation() {
        TestOrganisation org = new TestOrganisation(jdbc, "profiles");
        home = org.unit("H");
        second = org.unit("S");
        archived = org.unit("A", null, "UNIT", "ARCHIVED");
        person = org.person("berit", "H").id();
        jdbc.update("UPDATE person SET name = 'Berit Hånd', employee_number = ? WHERE id = ?", org.tag(), person);
    }

    private PersonChanges changes(String phone, String responsibilities, Long primary, List<Long> others) {
        return new PersonChanges("Renholder", primary, others, phone, responsibilities, " rengjøring ,  nøkler,,",
                false, true);
    }

    @Test
    void anAdministratorChangesAPersonAndTheirMemberships() {
        profiles.update(person, changes("+47 900 00 000", "Renhold i 2. etasje", home, List.of(second, home)));
        PersonDetails details = profiles.details(person).orElseThrow();
        assertThat(details.title()).isEqualTo("Renholder");
        assertThat(details.responsibilities()).isEqualTo("Renhold i 2. etasje");
        assertThat(details.tags()).isEqualTo("rengjøring, nøkler");
        assertThat(details.hasWorkComputer()).isFalse();
        assertThat(details.otherUnitIds()).as("the primary unit is not also an extra one").containsExactly(second);

        profiles.update(person, changes("", "", second, List.of()));
        details = profiles.details(person).orElseThrow();
        assertThat(details.primaryUnitId()).isEqualTo(second);
        assertThat(details.otherUnitIds()).isEmpty();
        assertThat(details.phone()).isNull();
        assertThat(details.responsibilities()).isNull();
    }

    @Test
    void badValuesAreRefusedAndNothingIsSaved() {
        record Case(PersonChanges changes, String key) {
        }
        List<Case> cases = List.of(
                new Case(changes("ring meg", "x", home, List.of()), "person.phone.invalid"),
                new Case(changes("1".repeat(41), "x", home, List.of()), "person.phone.too-long"),
                new Case(changes("", "x".repeat(4001), home, List.of()), "person.responsibilities.too-long"),
                new Case(changes("", "x", null, List.of()), "person.unit.required"),
                new Case(changes("", "x", -5L, List.of()), "unit.admin.unknown"),
                new Case(changes("", "x", archived, List.of()), "person.unit.archived"),
                new Case(changes("", "x", home, List.of(-7L)), "unit.admin.unknown"));
        for (Case c : cases) {
            assertThatThrownBy(() -> profiles.update(person, c.changes())).as(c.key()).isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).key()).isEqualTo(c.key());
        }
        assertThat(jdbc.queryForMap("SELECT title, responsibilities, has_work_computer FROM person WHERE id = ?", person))
                .containsEntry("title", null).containsEntry("responsibilities", null)
                .containsEntry("has_work_computer", true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_membership WHERE person_id = ?", Integer.class,
                person)).isZero();
        assertThatThrownBy(() -> profiles.update(-1, changes("", "", home, List.of()))).isInstanceOf(Refusal.class);
    }

    @Test
    @WithMockUser(username = "berit-" + "self", roles = "EMPLOYEE")
    void everyoneKeepsTheirOwnWhoDoesWhat() {
        jdbc.update("UPDATE person SET subject = 'berit-self' WHERE id = ?", person);
        try {
            profiles.updateMine(new ProfileChanges("22 33 44 55", "Nøkkelansvarlig", "nøkler"));
            assertThat(profiles.mine()).get().extracting(PersonDetails::responsibilities).isEqualTo("Nøkkelansvarlig");
            assertThatThrownBy(() -> profiles.updateMine(new ProfileChanges("<script>", "", "")))
                    .isInstanceOf(Refusal.class);
            assertThat(profiles.mine()).get().extracting(PersonDetails::phone).isEqualTo("22 33 44 55");
        } finally {
            jdbc.update("UPDATE person SET subject = NULL WHERE id = ?", person);
        }
    }
}
