package no.tavla.search.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import no.tavla.search.Search;
import no.tavla.shared.Language;
import no.tavla.shared.ui.HeaderItem;

/**
 * The search box in every page's header: results as you type (a short list below the box: items, units, people),
 * Enter for the results page. By keyboard: Arrow Down moves into the list, Arrow Up and Down through it, Escape
 * closes it and goes back to the box; how many were found is said to screen readers. On a phone the box gives way to
 * a link to the results page.
 */
class SearchBox extends Div {

    /** The short list shows at most this many of each kind. */
    static final int QUICK = 4;

    private final transient Search search;
    private final TextField words = Hits.wordsField("tavla-search-box");
    private final Span said = new Span();
    private final UnorderedList list = new UnorderedList();
    private Popover popover;
    /** The words the short list is for: the same words again (a blur, a repeated event) leave it, and focus in it. */
    private String shownFor = "";

    SearchBox(Search search) {
        this.search = search;
        addClassName("tavla-search");
        getElement().setAttribute("role", "search");
        words.setPlaceholder(getTranslation("search.box.placeholder"));
        words.setAriaLabel(getTranslation("search.box.label"));
        words.getElement().setAttribute("aria-autocomplete", "list");
        words.addValueChangeListener(change -> quick(change.getValue()));
        words.addKeyDownListener(Key.ENTER, enter -> open());
        // Arrow Down from the box goes to the first hit (the list is built on the server; moving in it is the browser's)
        words.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'ArrowDown') {"
                + " const first = document.querySelector('.tavla-search-quick a'); if (first) { e.preventDefault();"
                + " first.focus(); } } });");
        said.addClassNames("tavla-visually-hidden", "tavla-search-said");
        said.getElement().setAttribute("role", "status");
        Anchor phone = new Anchor("search", VaadinIcon.SEARCH.create());
        phone.addClassName("tavla-search-link");
        phone.getElement().setAttribute("aria-label", getTranslation("search.box.label"));
        list.addClassName("tavla-search-quick");
        add(words, phone, said);
    }

    private void open() {
        String typed = words.getValue().strip();
        if (popover != null) {
            popover.close();
        }
        UI.getCurrent().navigate("search", typed.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", typed));
        words.clear();
    }

    private void quick(String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.equals(shownFor) && popover != null && popover.isOpened()) {
            return;
        }
        shownFor = typed;
        if (typed.length() < Search.MIN_LENGTH) {
            if (popover != null) {
                popover.close();
            }
            said.setText("");
            return;
        }
        Search.Results found = search.search(Search.Request.typed(typed), Language.of(getLocale()), QUICK);
        list.removeAll();
        List<Component> entries = new ArrayList<>();
        found.items().forEach(item -> entries.add(entry(Hits.itemLink(item), item.title(), "search.quick.item")));
        found.units().forEach(unit -> entries.add(entry(Hits.unitLink(unit.code()), unit.name(), "search.quick.unit")));
        found.people().forEach(person -> entries.add(entry(person.unitCode() == null
                ? "search?" + QueryParameters.of("q", person.name()).getQueryString()
                : Hits.unitLink(person.unitCode()), person.name() + (person.title().isEmpty() ? ""
                : ", " + person.title()), "search.quick.person")));
        found.plans().forEach(plan -> entries.add(entry(Hits.planLink(plan), plan.name(), "search.quick.plan")));
        entries.forEach(list::add);
        Anchor all = new Anchor("search?" + QueryParameters.of("q", typed).getQueryString(),
                getTranslation("search.quick.all", typed));
        all.addClassName("tavla-search-all");
        list.add(new ListItem(all));
        said.setText(found.isEmpty() ? getTranslation("search.none", typed)
                : getTranslation("search.quick.said", found.total()));
        if (popover == null) {
            popover = popover();
            add(popover);
        }
        popover.open();
    }

    private ListItem entry(String href, String text, String kindKey) {
        Span kind = new Span(getTranslation(kindKey));
        kind.addClassName("tavla-search-quick-kind");
        Anchor link = new Anchor(href, text);
        link.add(kind);
        return new ListItem(link);
    }

    private Popover popover() {
        Popover made = new Popover();
        made.setTarget(words);
        made.setPosition(PopoverPosition.BOTTOM_START);
        made.setOpenOnClick(false);
        made.setOpenOnFocus(false);
        made.setOpenOnHover(false);
        made.setAutofocus(false);
        made.setAriaLabel(getTranslation("search.quick.label"));
        made.addClassName("tavla-search-popover");
        made.add(list);
        // Arrow keys move between the hits; Escape closes (the popover's own) and focus goes back to the box
        list.getElement().executeJs("this.addEventListener('keydown', e => {"
                + " const links = Array.from(this.querySelectorAll('a')); const at = links.indexOf(e.target);"
                + " if (e.key === 'ArrowDown' && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }"
                + " else if (e.key === 'ArrowUp') { e.preventDefault(); if (at > 0) { links[at - 1].focus(); } else"
                + " { $0.focus(); } } });", words.getElement());
        made.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                words.focus();
            }
        });
        return made;
    }

    /** The box is a bean-made header item, for everyone signed in. */
    @org.springframework.stereotype.Component
    @org.springframework.core.annotation.Order(0)
    static class Item implements HeaderItem {

        private final Search search;

        Item(Search search) {
            this.search = search;
        }

        @Override
        public Component create() {
            return new SearchBox(search);
        }
    }
}
