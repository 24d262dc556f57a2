package no.tavla.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.tavla.news.FeedCard;
import no.tavla.news.ItemKind;
import no.tavla.organisation.SearchableDirectory.PersonEntry;
import no.tavla.organisation.SearchableDirectory.UnitEntry;
import no.tavla.organisation.UnitContact;
import no.tavla.plans.Plan;
import no.tavla.shared.TavlaTime;

/** How one hit looks on the results page: an item as in the feed, a unit and a person with how to reach them. */
final class Hits {

    /** A unit's description is cut here on the results page; its page has the rest. */
    private static final int DESCRIPTION = 240;

    private Hits() {
    }

    /**
     * A field for the words, as the header's box and the results page both have it: a search field, cut at the
     * longest search, telling the server a moment after the typing stops (results as you type, not per key).
     */
    static com.vaadin.flow.component.textfield.TextField wordsField(String className) {
        com.vaadin.flow.component.textfield.TextField words = new com.vaadin.flow.component.textfield.TextField();
        words.setPrefixComponent(com.vaadin.flow.component.icon.VaadinIcon.SEARCH.create());
        words.setMaxLength(no.tavla.search.Search.MAX_LENGTH);
        words.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        words.setValueChangeTimeout(300);
        words.addClassName(className);
        words.getElement().setAttribute("type", "search");
        return words;
    }

    static String itemLink(FeedCard item) {
        return "news/" + item.id();
    }

    static String unitLink(String code) {
        return "units/" + code;
    }

    static Component item(FeedCard item) {
        UI ui = UI.getCurrent();
        Div hit = new Div();
        hit.addClassName("tavla-search-hit");
        H3 title = new H3(new Anchor(itemLink(item), item.title()));
        title.addClassName("tavla-search-hit-title");
        title.getElement().setAttribute("lang", item.language().tag());
        String kind = item.kind() == ItemKind.NORMAL ? "" : " · " + ui.getTranslation("search.kind." + item.kind().name());
        Paragraph meta = new Paragraph(item.unitName() + " · " + (item.releaseAt() == null ? ""
                : TavlaTime.dateTime(item.releaseAt(), ui.getLocale())) + kind);
        meta.addClassName("tavla-search-hit-meta");
        hit.add(title, meta);
        if (item.lead() != null && !item.lead().isBlank()) {
            Paragraph lead = new Paragraph(item.lead());
            lead.getElement().setAttribute("lang", item.language().tag());
            hit.add(lead);
        }
        return hit;
    }

    static Component unit(UnitEntry unit) {
        UI ui = UI.getCurrent();
        Div hit = new Div();
        hit.addClassName("tavla-search-hit");
        H3 title = new H3(new Anchor(unitLink(unit.code()), unit.name()));
        title.addClassName("tavla-search-hit-title");
        String above = unit.parentName() == null ? "" : " · " + unit.parentName();
        Paragraph meta = new Paragraph(ui.getTranslation("unit.type." + unit.type().name()) + above);
        meta.addClassName("tavla-search-hit-meta");
        hit.add(title, meta);
        String description = plain(unit.description());
        if (!description.isEmpty()) {
            hit.add(new Paragraph(description.length() > DESCRIPTION
                    ? description.substring(0, DESCRIPTION).strip() + " …" : description));
        }
        contact(hit, unit.contact());
        return hit;
    }

    static String planLink(Plan plan) {
        return "plans/" + plan.id();
    }

    static Component plan(Plan plan) {
        UI ui = UI.getCurrent();
        Div hit = new Div();
        hit.addClassName("tavla-search-hit");
        H3 title = new H3(new Anchor(planLink(plan), plan.name()));
        title.addClassName("tavla-search-hit-title");
        Paragraph meta = new Paragraph(plan.unitName() + " · " + ui.getTranslation("plans.status."
                + plan.status().name()));
        meta.addClassName("tavla-search-hit-meta");
        hit.add(title, meta);
        String goal = plain(plan.goal());
        if (!goal.isEmpty()) {
            hit.add(new Paragraph(goal.length() > DESCRIPTION ? goal.substring(0, DESCRIPTION).strip() + " …" : goal));
        }
        return hit;
    }

    static Component person(PersonEntry person) {
        UI ui = UI.getCurrent();
        Div hit = new Div();
        hit.addClassNames("tavla-search-hit", "tavla-search-person");
        H3 name = new H3(person.name());
        name.addClassName("tavla-search-hit-title");
        hit.add(name);
        Paragraph meta = new Paragraph();
        meta.addClassName("tavla-search-hit-meta");
        if (!person.title().isEmpty()) {
            meta.add(new Span(person.title() + (person.unitCode() == null ? "" : ", ")));
        }
        if (person.unitCode() != null) {
            meta.add(new Anchor(unitLink(person.unitCode()), person.unitName()));
        }
        hit.add(meta);
        if (!person.responsibilities().isEmpty()) {
            hit.add(new Paragraph(ui.getTranslation("search.person.responsible", person.responsibilities())));
        }
        if (!person.tags().isEmpty()) {
            hit.add(new Paragraph(ui.getTranslation("search.person.tags", person.tags())));
        }
        if (!person.email().isEmpty() || !person.phone().isEmpty()) {
            contact(hit, new UnitContact(person.email(), person.phone(), ""));
        } else if (person.unitContact() != null && (!person.unitContact().email().isEmpty()
                || !person.unitContact().phone().isEmpty())) {
            Paragraph through = new Paragraph(ui.getTranslation("search.person.through-unit"));
            through.addClassName("tavla-search-hit-meta");
            hit.add(through);
            contact(hit, person.unitContact());
        }
        return hit;
    }

    private static void contact(Div hit, UnitContact contact) {
        UI ui = UI.getCurrent();
        Paragraph line = new Paragraph();
        line.addClassName("tavla-search-contact");
        if (!contact.email().isEmpty()) {
            line.add(new Span(ui.getTranslation("search.contact.email") + " "),
                    new Anchor("mailto:" + contact.email(), contact.email()));
        }
        if (!contact.phone().isEmpty()) {
            if (line.getComponentCount() > 0) {
                line.add(new Span(" · "));
            }
            line.add(new Span(ui.getTranslation("search.contact.phone") + " "),
                    new Anchor("tel:" + contact.phone().replaceAll("[^+0-9]", ""), contact.phone()));
        }
        if (!contact.visitingAddress().isEmpty()) {
            if (line.getComponentCount() > 0) {
                line.add(new Span(" · "));
            }
            line.add(new Span(contact.visitingAddress()));
        }
        if (line.getComponentCount() > 0) {
            hit.add(line);
        }
    }

    /** A Markdown text as words, for a short description: marks and link targets left out. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("[#*_>`|~]+", "")
                .replaceAll("\\s+", " ").strip();
    }
}
