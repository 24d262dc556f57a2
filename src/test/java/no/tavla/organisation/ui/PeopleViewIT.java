package no.tavla.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.organisation.PeopleDirectory;
import no.tavla.organisation.PeopleFilter;
import no.tavla.organisation.PersonRow;
import no.tavla.organisation.Role;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The people list: who may look, the filters, and giving a role with its trail. */
class PeopleViewIT extends KaribuViewTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    UnitPages pages;
    @Autowired
    no.tavla.organisation.RoleAssignments roles;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<PersonRow> grid() {
        return _get(Grid.class);
    }

    private List<PersonRow> rows() {
        Grid<PersonRow> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void anAdministratorFindsSomeoneByNameOrEmployeeNumber() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/people");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), "Kari Nordmann");
        assertThat(rows()).extracting(PersonRow::name).isNotEmpty().containsOnly("Kari Nordmann");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), "10001");
        assertThat(rows()).extracting(PersonRow::employeeNumber).containsExactly("10001");
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 person"))).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiltersFindStaffWithoutAComputerInAUnitAndBelow() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/people");
        ComboBox<UnitTreeEntry> unit = _get(ComboBox.class, spec -> spec.withLabel("Enhet"));
        UnitTreeEntry health = pages.tree().stream().filter(u -> u.code().equals("HO")).findFirst().orElseThrow();
        _setValue(unit, health);
        Select<String> computer = (Select<String>) _get(Select.class, spec -> spec.withLabel("Arbeids-PC"));
        _setValue(computer, "no");
        List<PersonRow> found = rows();
        assertThat(found).isNotEmpty().noneMatch(PersonRow::hasWorkComputer)
                .extracting(PersonRow::name).contains("Kari Nordmann");
        assertThat(directory.count(new PeopleFilter("", health.id(), null, false, false))).isEqualTo(found.size());
    }

    @Test
    void anAdministratorGivesARoleAndSeesItInTheTrail() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/people");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), "Jonas Berg");
        GridKt._clickItem(grid(), 0);
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) _get(Select.class, spec -> spec.withClasses("tavla-grant-role"));
        _setValue(role, Role.EDITOR);
        _click(_get(Button.class, spec -> spec.withClasses("tavla-role-grant")));
        assertThat(PageText.of(UI.getCurrent())).contains("Redaktør og leder gjelder for en enhet. Velg enheten.");
        @SuppressWarnings("unchecked")
        ComboBox<UnitTreeEntry> unit = _get(ComboBox.class, spec -> spec.withClasses("tavla-grant-unit"));
        _setValue(unit, pages.tree().stream()
                .filter(u -> u.code().equals("TE-PLB")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withClasses("tavla-role-grant")));
        assertThat(PageText.of(UI.getCurrent())).contains("Redaktør – Plan og bygg").contains("gitt av Siri Dahl");
    }

    @Test
    void aManagerMayLookButNotChangeRolesOrDetails() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("admin/people");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), "Kari Nordmann");
        int kariInHomeCare = rows().indexOf(rows().stream().filter(r -> "Hjemmetjenesten".equals(r.unitName()))
                .findFirst().orElseThrow());
        GridKt._clickItem(grid(), kariInHomeCare);
        _assertNone(Button.class, spec -> spec.withClasses("tavla-role-grant"));
        _assertNone(Button.class, spec -> spec.withClasses("tavla-person-save"));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("tavla-person-responsibilities-field")).isReadOnly())
                .isTrue();
        long kari = rows().get(kariInHomeCare).id();
        assertThatThrownBy(() -> roles.grant(kari, Role.ADMIN, null, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorEditsAPersonByHand() {
        no.tavla.support.TestOrganisation org = new no.tavla.support.TestOrganisation(jdbc, "people");
        org.unit("H");
        org.person("hanne", "H");
        String name = org.personName("hanne");
        signInAsAdmin();
        UI.getCurrent().navigate("admin/people");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), name);
        GridKt._clickItem(grid(), 0);
        _setValue(_get(TextArea.class, spec -> spec.withClasses("tavla-person-responsibilities-field")),
                "Kjøkken og renhold");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withClasses("tavla-person-computer")), false);
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Telefon"));
        _setValue(phone, "ring meg");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-person-save")));
        assertThat(phone.isInvalid()).as("a bad phone number is refused on its field").isTrue();
        assertThat(phone.getErrorMessage()).isNotBlank()
                .isEqualTo("Telefonnummeret kan bare ha sifre, mellomrom, +, - og parenteser.");
        _setValue(phone, "");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-person-save")));
        assertThat(phone.isInvalid()).as("the next try clears it").isFalse();
        assertThat(PageText.of(UI.getCurrent())).contains("Lagret.");
        assertThat(jdbc.queryForMap("SELECT responsibilities, has_work_computer FROM person WHERE name = ?", name))
                .containsEntry("responsibilities", "Kjøkken og renhold").containsEntry("has_work_computer", false);
    }

    @Test
    void employeesAndEditorsCannotOpenThePeopleList() {
        signInAsEmployee();
        UI.getCurrent().navigate("admin/people");
        _assertNone(PeopleView.class);
        signInAsDemoPerson("demo-ola", "Ola Hansen", "10003", "EDITOR");
        UI.getCurrent().navigate("admin/people");
        _assertNone(PeopleView.class);
        assertThatThrownBy(() -> directory.count(PeopleFilter.everyone())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSearchWithWildcardsFindsNothingUnexpected() {
        signInAsAdmin();
        assertThat(directory.count(new PeopleFilter("%", null, null, null, true))).isZero();
        assertThat(directory.count(new PeopleFilter("_", null, null, null, true))).isZero();
    }

    /** The demo person of that name in that unit (tests may have made namesakes elsewhere). */
    private PersonRow row(String name, String unitName) {
        return directory.find(new PeopleFilter(name, null, null, null, false), 0, 10).stream()
                .filter(r -> r.name().equals(name) && unitName.equals(r.unitName())).findFirst().orElseThrow();
    }

    @Test
    void aManagerSeesTheirOwnStaffInFullAndEveryoneElseAsTheDirectoryShowsThem() {
        signInAsDemoPerson("demo-per", "Per Lie", "10004", "MANAGER");
        UI.getCurrent().navigate("admin/people");
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("Ansattnr.");
        PersonRow kari = row("Kari Nordmann", "Hjemmetjenesten");
        assertThat(kari.hasWorkComputer()).as("his own staff: who needs paper").isFalse();
        assertThat(kari.employeeNumber()).as("employee numbers are for administrators").isNull();
        PersonRow ola = row("Ola Hansen", "Solberg skole");
        assertThat(ola.hasWorkComputer()).as("another unit's staff").isNull();
        assertThat(ola.title()).isEqualTo("Rektor");
        assertThat(ola.email()).isEqualTo("ola.hansen@demo.kommune.no");
        assertThat(directory.find(new PeopleFilter("10001", null, null, null, false), 0, 10))
                .as("nobody found by employee number").isEmpty();
        assertThat(directory.find(new PeopleFilter("", null, null, false, false), 0, 500))
                .as("who lacks a PC, only of his own staff").isNotEmpty()
                .allMatch(r -> r.hasWorkComputer() != null && !r.hasWorkComputer());
    }

    @Test
    void communicationsSeeEveryoneAsTheDirectoryShowsThemAndNobodyWhoLeft() {
        jdbc.update("UPDATE person SET status = 'LEFT' WHERE employee_number = '10150'");
        try {
            signInAsDemoPerson("demo-ingrid", "Ingrid Solheim", "10005", "COMMUNICATIONS");
            UI.getCurrent().navigate("admin/people");
            assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("Ansattnr.");
            _assertNone(Select.class, spec -> spec.withLabel("Arbeids-PC"));
            _assertNone(com.vaadin.flow.component.checkbox.Checkbox.class,
                    spec -> spec.withLabel("Ta med dem som har sluttet"));
            assertThat(row("Kari Nordmann", "Hjemmetjenesten").hasWorkComputer()).isNull();
            assertThat(directory.find(new PeopleFilter("", null, null, null, true), 0, 500))
                    .as("people who left stay with HR and their managers").allMatch(PersonRow::active);
            long kari = jdbc.queryForObject("SELECT id FROM person WHERE employee_number = '10001'", Long.class);
            no.tavla.organisation.PersonDetails details = context.getBean(no.tavla.organisation.PersonProfiles.class)
                    .details(kari).orElseThrow();
            assertThat(details.employeeNumber()).isNull();
            assertThat(details.hasWorkComputer()).isNull();
            assertThat(details.phone()).as("the work contact, as the directory shows it").isNotNull();
        } finally {
            jdbc.update("UPDATE person SET status = 'ACTIVE' WHERE employee_number = '10150'");
        }
    }
}
