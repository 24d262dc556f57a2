package no.tavla.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.organisation.UnitAdministration;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.organisation.UnitType;
import no.tavla.shared.Refusal;

/** The unit-tree editor's form for a new unit: code, name, type and where it sits. */
class NewUnitDialog extends Dialog {

    NewUnitDialog(UnitAdministration administration, List<UnitTreeEntry> units) {
        setHeaderTitle(getTranslation("unit.admin.create.heading"));
        TextField code = new TextField(getTranslation("unit.admin.code"));
        code.setMaxLength(32);
        code.setRequiredIndicatorVisible(true);
        code.setHelperText(getTranslation("unit.admin.code.help"));
        code.addClassName("tavla-new-unit-code");
        TextField name = new TextField(getTranslation("unit.admin.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.addClassName("tavla-new-unit-name");
        Select<UnitType> type = UnitAdministrationPanel.typeSelect();
        type.setValue(UnitType.UNIT);
        ComboBox<UnitTreeEntry> parent = new ComboBox<>(getTranslation("unit.admin.parent"));
        parent.setItems(units.stream().filter(UnitTreeEntry::active).toList());
        parent.setItemLabelGenerator(UnitTreeEntry::name);
        parent.setPlaceholder(getTranslation("unit.admin.parent.top"));
        parent.setClearButtonVisible(true);
        parent.setWidthFull();
        Paragraph problem = Forms.problemLine();
        add(new VerticalLayout(code, name, type, parent, problem));
        FieldProblems problems = new FieldProblems(problem).field("unit.admin.code", code)
                .field("unit.admin.name", name).field("unit.admin.type", type).field("unit.admin.parent", parent);

        Button create = new Button(getTranslation("unit.admin.create"), e -> {
            try {
                administration.create(code.getValue(), name.getValue(), type.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id());
                close();
                UI.getCurrent().navigate(UnitView.class, new RouteParameters("code", code.getValue().strip()));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("tavla-create-unit");
        getFooter().add(new Button(getTranslation("unit.edit.cancel"), e -> close()), create);
    }
}
