package no.tavla.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.UnitAdministration;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.organisation.UnitType;
import no.tavla.shared.Refusal;

/** The administrators' controls on a unit's page: rename it, move it, name its leader, archive or restore it. */
class UnitAdministrationPanel extends Div {

    static Select<UnitType> typeSelect() {
        Select<UnitType> type = new Select<>();
        type.setLabel(type.getTranslation("unit.admin.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : type.getTranslation("unit.type." + t.name()));
        type.addClassName("tavla-unit-type");
        return type;
    }

    private final FieldProblems problems;

    UnitAdministrationPanel(UnitPage page, UnitAdministration administration, UnitPages pages, Runnable changed) {
        addClassNames("tavla-section", "tavla-unit-admin", "no-print");
        Paragraph problem = Forms.problemLine();
        problems = new FieldProblems(problem);

        TextField name = new TextField(getTranslation("unit.admin.name"));
        name.setValue(page.name());
        name.setMaxLength(200);
        name.addClassName("tavla-unit-name");
        Select<UnitType> type = typeSelect();
        type.setValue(page.type());
        Button rename = new Button(getTranslation("unit.admin.rename"), e -> act(changed,
                () -> administration.rename(page.id(), name.getValue(), type.getValue())));
        rename.addClassName("tavla-unit-rename");

        List<UnitTreeEntry> units = pages.tree().stream().filter(u -> u.id() != page.id()).toList();
        ComboBox<UnitTreeEntry> parent = new ComboBox<>(getTranslation("unit.admin.parent"));
        parent.setItems(units);
        parent.setItemLabelGenerator(UnitTreeEntry::name);
        parent.setPlaceholder(getTranslation("unit.admin.parent.top"));
        parent.setClearButtonVisible(true);
        parent.addClassName("tavla-unit-parent");
        String currentParent = page.path().isEmpty() ? null : page.path().get(page.path().size() - 1).code();
        units.stream().filter(u -> u.code().equals(currentParent)).findFirst().ifPresent(parent::setValue);
        Button move = new Button(getTranslation("unit.admin.move"), e -> act(changed,
                () -> administration.move(page.id(), parent.getValue() == null ? null : parent.getValue().id())));
        move.addClassName("tavla-unit-move");

        ComboBox<UnitPage.PersonCard> leader = new ComboBox<>(getTranslation("unit.admin.leader"));
        leader.setItems(page.people());
        leader.setItemLabelGenerator(UnitPage.PersonCard::name);
        if (page.leader() != null) {
            page.people().stream().filter(p -> p.id() == page.leader().id()).findFirst().ifPresent(leader::setValue);
        }
        Button setLeader = new Button(getTranslation("unit.admin.leader.set"), e -> act(changed,
                () -> administration.setLeader(page.id(), leader.getValue() == null ? null : leader.getValue().id())));

        Button status = page.active()
                ? new Button(getTranslation("unit.admin.archive"), e -> act(changed,
                        () -> administration.archive(page.id())))
                : new Button(getTranslation("unit.admin.restore"), e -> act(changed,
                        () -> administration.restore(page.id())));
        status.addClassName("tavla-unit-status");

        add(new H2(getTranslation("unit.admin.heading")), name, type, rename, new Div(parent, move), leader, setLeader,
                new Div(status), problem);
        problems.field("unit.admin.name", name).field("unit.admin.type", type).field("unit.admin.parent", parent)
                .field("unit.admin.move", parent);
    }

    private void act(Runnable changed, Runnable action) {
        try {
            action.run();
            problems.clear();
            changed.run();
        } catch (Refusal refusal) {
            problems.show(refusal);
        }
    }
}
