package no.tavla.news.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Role;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.ui.Forms;

/**
 * Whom an item is for, as one value: the whole municipality or chosen units (with or without their sub-units),
 * optionally only those holding some roles; with how many people that is, and how many of them have no work computer.
 */
class AudienceField extends CustomField<Audience> {

    private final Checkbox whole = new Checkbox(getTranslation("news.audience.whole"));
    private final MultiSelectComboBox<UnitTreeEntry> units =
            Forms.translated(new MultiSelectComboBox<>(getTranslation("news.audience.units")));
    private final Checkbox subUnits = new Checkbox(getTranslation("news.audience.sub-units"), true);
    private final MultiSelectComboBox<Role> roles =
            Forms.translated(new MultiSelectComboBox<>(getTranslation("news.audience.roles")));
    private final Paragraph size = new Paragraph();
    private final List<UnitTreeEntry> choosable;
    private final transient Function<Audience, Audiences.Size> counter;

    /** @param counter how many an audience holds now (the service's count) */
    AudienceField(List<UnitTreeEntry> choosable, Function<Audience, Audiences.Size> counter) {
        this.choosable = choosable;
        this.counter = counter;
        addClassName("tavla-news-audience");
        whole.addClassName("tavla-news-whole");
        units.setItems(choosable);
        units.setItemLabelGenerator(UnitTreeEntry::name);
        units.addClassName("tavla-news-audience-units");
        units.setWidthFull();
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setHelperText(getTranslation("news.audience.roles.help"));
        size.addClassName("tavla-news-size");
        size.getElement().setAttribute("aria-live", "polite");
        whole.addValueChangeListener(e -> units.setEnabled(!e.getValue()));
        whole.addValueChangeListener(e -> updateValue());
        units.addValueChangeListener(e -> updateValue());
        subUnits.addValueChangeListener(e -> updateValue());
        roles.addValueChangeListener(e -> updateValue());
        addValueChangeListener(e -> showSize());
        add(whole, units, subUnits, roles, size);
    }

    @Override
    protected Audience generateModelValue() {
        List<AudienceUnit> chosen = units.getValue().stream()
                .map(u -> new AudienceUnit(u.id(), subUnits.getValue())).toList();
        return new Audience(whole.getValue(), whole.getValue() ? List.of() : chosen, Set.copyOf(roles.getValue()));
    }

    @Override
    protected void setPresentationValue(Audience audience) {
        Audience shown = audience == null ? new Audience(false, List.of(), Set.of()) : audience;
        whole.setValue(shown.wholeMunicipality());
        Set<Long> chosen = new HashSet<>();
        shown.units().forEach(u -> chosen.add(u.unitId()));
        units.setValue(choosable.stream().filter(u -> chosen.contains(u.id())).toList());
        subUnits.setValue(shown.units().isEmpty() || shown.units().getFirst().includeSubUnits());
        roles.setValue(shown.roles());
        showSize();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        whole.setReadOnly(readOnly);
        units.setReadOnly(readOnly);
        subUnits.setReadOnly(readOnly);
        roles.setReadOnly(readOnly);
    }

    void showSize() {
        Audience audience = generateModelValue();
        if (audience.isEmpty()) {
            size.setText(getTranslation("news.audience.none"));
            return;
        }
        Audiences.Size counted = counter.apply(audience);
        size.setText(getTranslation("news.audience.size", counted.people(), counted.withoutComputer()));
    }
}
