package no.tavla.search.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.tavla.news.ItemKind;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.search.Search;
import no.tavla.shared.Language;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * The results page: the search box again, with filters (what, kind, unit and below, time, expired items) and order,
 * plans too for those who plan,
 * results as you type, their count said to screen readers, and each hit as a link to its page. The address carries
 * the words ({@code search?q=...}), so a search can be bookmarked, sent and gone back to. For communications, the
 * searches that found nothing, per week.
 */
@PageBean
@Route("search")
@PermitAll
class SearchView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int SHOWN = 30;

    private final transient Search search;
    private final TextField words = Hits.wordsField("tavla-search-words");
    private final Select<Search.Among> among = new Select<>();
    private final Select<ItemKind> kind = new Select<>();
    private final ComboBox<UnitTreeEntry> unit = new ComboBox<>();
    private final Select<Search.Since> since = new Select<>();
    private final Select<Search.Order> order = new Select<>();
    private final Checkbox archive = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Paragraph preparing = new Paragraph();
    private final Div results = new Div();

    SearchView(Search search, UnitPages units) {
        this.search = search;
        addClassNames("tavla-page", "tavla-search-page");
        add(new H1(getTranslation("search.heading")));

        words.setLabel(getTranslation("search.field"));
        words.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                run(false);
            }
        });
        words.addKeyDownListener(Key.ENTER, enter -> run(true));

        among.setLabel(getTranslation("search.filter.among"));
        among.setItems(java.util.Arrays.stream(Search.Among.values())
                .filter(value -> value != Search.Among.PLANS || search.mayFindPlans()).toList());
        among.setItemLabelGenerator(value -> getTranslation("search.among." + value.name()));
        among.setValue(Search.Among.ALL);
        among.addClassName("tavla-search-among");
        kind.setLabel(getTranslation("search.filter.kind"));
        kind.setItems(ItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("search.kind.any"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("search.kind.any")
                : getTranslation("search.kind." + value.name()));
        kind.addClassName("tavla-search-kind");
        unit.setLabel(getTranslation("search.filter.unit"));
        unit.setItems(units.tree().stream().filter(UnitTreeEntry::active).toList());
        unit.setItemLabelGenerator(UnitTreeEntry::name);
        unit.setClearButtonVisible(false);
        unit.setPlaceholder(getTranslation("search.unit.any"));
        unit.addClassName("tavla-search-unit");
        since.setLabel(getTranslation("search.filter.since"));
        since.setItems(Search.Since.values());
        since.setItemLabelGenerator(value -> getTranslation("search.since." + value.name()));
        since.setValue(Search.Since.ANY);
        since.addClassName("tavla-search-since");
        order.setLabel(getTranslation("search.filter.order"));
        order.setItems(Search.Order.values());
        order.setItemLabelGenerator(value -> getTranslation("search.order." + value.name()));
        order.setValue(Search.Order.RELEVANCE);
        order.addClassName("tavla-search-order");
        archive.setLabel(getTranslation("search.filter.archive"));
        archive.addClassName("tavla-search-archive");
        among.addValueChangeListener(change -> run(false));
        kind.addValueChangeListener(change -> run(false));
        unit.addValueChangeListener(change -> run(false));
        since.addValueChangeListener(change -> run(false));
        order.addValueChangeListener(change -> run(false));
        archive.addValueChangeListener(change -> run(false));

        Div filters = new Div(among, kind, unit, since, order, archive);
        filters.addClassName("tavla-search-filters");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("search.filters"));
        count.addClassName("tavla-search-count");
        preparing.addClassName("tavla-search-preparing");
        preparing.setText(getTranslation("search.preparing"));
        preparing.setVisible(false);
        results.addClassName("tavla-search-results");
        add(words, filters, preparing, count, results);
        if (search.maySeeMisses()) {
            add(new MissesSection(search));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("q");
        asked.ifPresent(value -> {
            words.setValue(value.length() > Search.MAX_LENGTH
                    ? value.substring(0, Search.MAX_LENGTH) : value);
            run(true);
        });
        if (asked.isEmpty()) {
            words.focus();
        }
    }

    private Search.Request request(boolean counted) {
        return new Search.Request(words.getValue(), among.getValue(), kind.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), since.getValue(),
                archive.getValue(), order.getValue(), counted);
    }

    /** Searches and shows the results; {@code counted} when the reader asked (Enter, a link with the words). */
    private void run(boolean counted) {
        String typed = words.getValue().strip();
        results.removeAll();
        UI.getCurrent().getPage().getHistory().replaceState(null, typed.isEmpty() ? "search"
                : "search?" + QueryParameters.of("q", typed).getQueryString());
        if (typed.length() < Search.MIN_LENGTH) {
            count.setText(typed.isEmpty() ? "" : getTranslation("search.too-short"));
            preparing.setVisible(false);
            return;
        }
        Search.Results found = search.search(request(counted), Language.of(getLocale()), SHOWN);
        preparing.setVisible(!found.ready());
        String said = found.isEmpty() ? getTranslation("search.none", typed)
                : getTranslation("search.count", found.total(), typed);
        count.setText(said);
        Results.announce(said);
        section("search.section.items", "tavla-search-items", found.items().stream().map(Hits::item).toList());
        section("search.section.units", "tavla-search-units", found.units().stream().map(Hits::unit).toList());
        section("search.section.people", "tavla-search-people", found.people().stream().map(Hits::person).toList());
        section("search.section.plans", "tavla-search-plans", found.plans().stream().map(Hits::plan).toList());
        if (found.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("search.none.hint"));
            hint.addClassName("tavla-search-hint");
            results.add(hint);
        }
    }

    private void section(String key, String className, List<com.vaadin.flow.component.Component> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Div section = new Div();
        section.addClassName(className);
        section.getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation(key, hits.size()));
        heading.setId(className + "-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        hits.forEach(section::add);
        results.add(section);
    }

    @Override
    public String getPageTitle() {
        String typed = words.getValue().strip();
        return (typed.isEmpty() ? getTranslation("search.heading") : getTranslation("search.title", typed))
                + " – Tavla";
    }
}
