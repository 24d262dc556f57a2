package no.tavla.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitAdministration;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitPages;
import no.tavla.shared.ui.MarkdownView;
import no.tavla.shared.ui.PageBean;

/**
 * A unit's own page: what it does, how to reach it, who leads and edits it, its sub-units and its people ("who does
 * what"). Its editors and manager can change the description and contact details here.
 */
@PageBean
@Route("units/:code")
@PermitAll
class UnitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UnitPages pages;
    private final transient UnitAdministration administration;
    private final transient AccessPolicy policy;
    private final transient People people;
    private final transient java.util.List<UnitPageSection> sections;
    private String title = "";
    private String code = "";

    UnitView(UnitPages pages, UnitAdministration administration, AccessPolicy policy, People people,
             java.util.List<UnitPageSection> sections) {
        this.sections = sections;
        this.pages = pages;
        this.administration = administration;
        this.policy = policy;
        this.people = people;
        addClassName("tavla-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        pages.page(code).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    void show(UnitPage page) {
        removeAll();
        title = page.name();
        code = page.code();
        if (!page.path().isEmpty()) {
            Nav breadcrumb = new Nav();
            breadcrumb.getElement().setAttribute("aria-label", getTranslation("unit.path"));
            breadcrumb.addClassName("tavla-breadcrumb");
            page.path().forEach(unit -> breadcrumb.add(link(unit), new Span(" › ")));
            add(breadcrumb);
        }
        add(new H1(page.name()));
        Paragraph type = new Paragraph(getTranslation("unit.type." + page.type().name()) + " · " + page.code());
        type.addClassName("tavla-greeting");
        add(type);
        if (!page.active()) {
            Paragraph archived = new Paragraph(getTranslation("unit.archived.notice"));
            archived.addClassName("tavla-notice");
            add(archived);
        }
        if (page.mayEdit()) {
            Button edit = new Button(getTranslation("unit.edit"), e -> new UnitEditor(pages, page, this::refresh).open());
            edit.addClassName("tavla-edit-unit");
            add(edit);
        }
        add(section("unit.about", page.description().isBlank()
                ? List.of(new Paragraph(getTranslation("unit.about.empty")))
                : List.of(new MarkdownView(page.description()))));
        add(section("unit.contact", contact(page)));
        add(section("unit.leader", page.leader() == null
                ? List.of(new Paragraph(getTranslation("unit.none")))
                : List.of(people(List.of(page.leader())))));
        add(section("unit.editors", List.of(page.editors().isEmpty()
                ? new Paragraph(getTranslation("unit.none")) : people(page.editors()))));
        add(section("unit.managers", List.of(page.managers().isEmpty()
                ? new Paragraph(getTranslation("unit.none")) : people(page.managers()))));
        if (!page.subUnits().isEmpty()) {
            UnorderedList sub = new UnorderedList();
            page.subUnits().forEach(unit -> sub.add(new ListItem(link(unit))));
            add(section("unit.sub-units", List.of(sub)));
        }
        add(section("unit.news", sections.isEmpty() ? List.of(new Paragraph(getTranslation("unit.news.empty")))
                : sections.stream().map(s -> s.forUnit(page.id(), page.code())).toList()));
        if (policy.may(people.currentActor(), Action.ADMINISTER, page.id())) {
            add(new UnitAdministrationPanel(page, administration, pages, this::refresh));
        }
        add(section("unit.people", List.of(new Paragraph(getTranslation("units.people", page.people().size())),
                people(page.people()))));
    }

    private void refresh() {
        pages.page(code).ifPresent(this::show);
    }

    private Div section(String key, List<Component> content) {
        Div section = new Div(new H2(getTranslation(key)));
        content.forEach(section::add);
        section.addClassName("tavla-section");
        return section;
    }

    private List<Component> contact(UnitPage page) {
        UnorderedList list = new UnorderedList();
        if (!page.contact().email().isEmpty()) {
            list.add(new ListItem(new Span(getTranslation("unit.email") + ": "),
                    new Anchor("mailto:" + page.contact().email(), page.contact().email())));
        }
        if (!page.contact().phone().isEmpty()) {
            list.add(new ListItem(new Span(getTranslation("unit.phone") + ": "),
                    new Anchor("tel:" + page.contact().phone().replace(" ", ""), page.contact().phone())));
        }
        if (!page.contact().visitingAddress().isEmpty()) {
            list.add(new ListItem(getTranslation("unit.address") + ": " + page.contact().visitingAddress()));
        }
        return list.getChildren().findAny().isPresent()
                ? List.of(list) : List.of(new Paragraph(getTranslation("unit.none")));
    }

    private UnorderedList people(List<UnitPage.PersonCard> people) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-people");
        for (UnitPage.PersonCard person : people) {
            ListItem item = new ListItem();
            Span name = new Span(person.name());
            name.addClassName("tavla-person-name");
            item.add(name);
            if (person.title() != null) {
                item.add(new Span(" – " + person.title()));
            }
            if (person.responsibilities() != null) {
                Paragraph what = new Paragraph(person.responsibilities());
                what.addClassName("tavla-person-responsibilities");
                item.add(what);
            }
            // how to reach the person, on a line of its own: never run together with the title
            Div contact = new Div();
            contact.addClassName("tavla-person-contact");
            if (person.email() != null) {
                contact.add(new Anchor("mailto:" + person.email(), person.email()));
            }
            if (person.phone() != null) {
                if (person.email() != null) {
                    contact.add(new Span(" · "));
                }
                contact.add(new Anchor("tel:" + person.phone().replace(" ", ""), person.phone()));
            }
            if (contact.getComponentCount() > 0) {
                item.add(contact);
            }
            list.add(item);
        }
        return list;
    }

    private RouterLink link(UnitPage.UnitLink unit) {
        return new RouterLink(unit.name(), UnitView.class, new RouteParameters("code", unit.code()));
    }

    @Override
    public String getPageTitle() {
        return title + " – Tavla";
    }
}
