package no.tavla.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.organisation.PeopleDirectory;
import no.tavla.organisation.PersonProfiles;
import no.tavla.organisation.PeopleFilter;
import no.tavla.organisation.PersonRow;
import no.tavla.organisation.Role;
import no.tavla.organisation.RoleAssignments;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.ui.PageBean;

/**
 * Everyone in the municipality, a page at a time, filtered by name, unit, role and work computer. Administrators,
 * managers and communications may look; choosing a person shows their roles and, to administrators, lets them change
 * them.
 */
@PageBean
@Route("admin/people")
@RolesAllowed({"ADMIN", "COMMUNICATIONS", "MANAGER"})
@Menu(order = 105, title = "nav.people", icon = "vaadin:users")
class PeopleView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField(getTranslation("people.search"));
    private final ComboBox<UnitTreeEntry> unit = new ComboBox<>(getTranslation("people.unit"));
    private final Select<Role> role = new Select<>();
    private final Select<String> computer = new Select<>();
    private final Checkbox includeLeft = new Checkbox(getTranslation("people.include-left"));
    private final Paragraph count = new Paragraph();
    private final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);
    private final transient PeopleDirectory directory;

    PeopleView(PeopleDirectory directory, UnitPages pages, RoleAssignments roles, PersonProfiles profiles,
               AccessPolicy policy, People people) {
        this.directory = directory;
        addClassName("tavla-page");
        addClassName("tavla-wide");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setClearButtonVisible(true);
        unit.setItems(pages.tree());
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.setClearButtonVisible(true);
        role.setLabel(getTranslation("people.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("people.any"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("people.any") : getTranslation("role." + r.name()));
        computer.setLabel(getTranslation("people.computer"));
        computer.setItems("any", "yes", "no");
        computer.setItemLabelGenerator(v -> getTranslation("people.computer." + v));
        computer.setValue("any");
        Div filters = new Div(search, unit, role, computer, includeLeft);
        filters.addClassName("tavla-filters");

        // each person as much as the reader may see of them (decision 0011)
        no.tavla.organisation.PersonSight sight = directory.sight();
        grid.addColumn(PersonRow::name).setHeader(getTranslation("people.name")).setAutoWidth(true);
        if (sight.administrator()) {
            grid.addColumn(PersonRow::employeeNumber).setHeader(getTranslation("people.number")).setAutoWidth(true);
        }
        grid.addColumn(PersonRow::title).setHeader(getTranslation("people.title")).setAutoWidth(true);
        grid.addColumn(PersonRow::unitName).setHeader(getTranslation("people.unit")).setAutoWidth(true);
        grid.addColumn(p -> p.hasWorkComputer() == null ? "–"
                        : getTranslation(p.hasWorkComputer() ? "people.computer.yes" : "people.computer.no"))
                .setHeader(getTranslation("people.computer")).setAutoWidth(true);
        boolean ownStaff = sight.administrator() || !sight.ownStaffUnits().isEmpty();
        computer.setVisible(ownStaff);
        includeLeft.setVisible(ownStaff);
        grid.addColumn(p -> getTranslation(p.active() ? "people.active" : "people.left"))
                .setHeader(getTranslation("people.status")).setAutoWidth(true);
        grid.setItems(query -> directory.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(filter()));
        boolean administrator = policy.mayAnywhere(people.currentActor(), Action.ADMINISTER);
        grid.addItemClickListener(e -> new PersonDialog(e.getItem(), roles, pages, profiles, administrator,
                this::refresh).open());
        grid.setAriaLabel(getTranslation("people.heading"));

        search.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        computer.addValueChangeListener(e -> refresh());
        includeLeft.addValueChangeListener(e -> refresh());
        count.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("people.heading")), filters, count, grid);
        refresh();
    }

    PeopleFilter filter() {
        Boolean hasComputer = switch (computer.getValue() == null ? "any" : computer.getValue()) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        return new PeopleFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                role.getValue(), hasComputer, includeLeft.getValue());
    }

    private void refresh() {
        count.setText(getTranslation("people.count", directory.count(filter())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.heading") + " – Tavla";
    }
}
