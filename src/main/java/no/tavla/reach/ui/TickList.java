package no.tavla.reach.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.tavla.reach.PersonReach;

/**
 * A list of the manager's staff to tick (who signed, who attended), with a name search and a button that ticks
 * everyone shown: a hundred names in a minute. What is ticked is one set, whatever the search shows: a name unticked
 * stays unticked when the search changes, and a name ticked but hidden by the search is still saved. Signatures are
 * safety-critical records, so what is saved is exactly what the manager ticked.
 */
final class TickList extends Div {

    private final CheckboxGroup<PersonReach> group;
    private final List<PersonReach> candidates;
    private final Function<PersonReach, String> label;
    private final Set<Long> ticked = new LinkedHashSet<>();
    private List<PersonReach> shown;
    private boolean showing;

    TickList(String caption, String searchLabel, String tickAllLabel, List<PersonReach> candidates,
             Set<Long> alreadyTicked, Function<PersonReach, String> label, String className) {
        this.candidates = List.copyOf(candidates);
        this.label = label;
        this.shown = this.candidates;
        candidates.stream().map(PersonReach::personId).filter(alreadyTicked::contains).forEach(ticked::add);
        group = new CheckboxGroup<>(caption);
        group.setItems(this.candidates);
        group.setItemLabelGenerator(label::apply);
        group.addClassName(className);
        group.setValue(new HashSet<>(this.candidates.stream().filter(p -> ticked.contains(p.personId())).toList()));
        group.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            // the names shown are as the boxes say; the names hidden by the search keep their state
            shown.forEach(p -> ticked.remove(p.personId()));
            e.getValue().forEach(p -> ticked.add(p.personId()));
        });
        TextField search = new TextField(searchLabel);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.addClassName("tavla-reach-filter");
        search.addValueChangeListener(e -> show(e.getValue()));
        Button all = new Button(tickAllLabel, e -> {
            Set<PersonReach> value = new HashSet<>(group.getValue());
            value.addAll(shown);
            group.setValue(value);
        });
        all.addThemeVariants(ButtonVariant.TERTIARY);
        all.addClassName("tavla-reach-tick-all");
        Div row = new Div(search, all);
        row.addClassName("tavla-reach-filter-row");
        add(row, group);
    }

    /** The boxes, where a refusal about who was ticked is shown. */
    HasValidation boxes() {
        return group;
    }

    private void show(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<PersonReach> matching = new ArrayList<>();
        for (PersonReach person : candidates) {
            if (text.isEmpty() || label.apply(person).toLowerCase(Locale.ROOT).contains(text)) {
                matching.add(person);
            }
        }
        showing = true;
        try {
            shown = matching;
            group.setItems(matching);
            group.setValue(new HashSet<>(matching.stream().filter(p -> ticked.contains(p.personId())).toList()));
        } finally {
            showing = false;
        }
    }

    /** Everyone ticked, shown by the search or not. */
    List<Long> ticked() {
        return List.copyOf(ticked);
    }
}
