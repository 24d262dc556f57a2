package no.tavla.organisation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitAdministration;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.ui.PageBean;

/** The whole organisation as a tree of links to the units' pages; administrators create units here. */
@PageBean
@Route("units")
@PermitAll
@Menu(order = 10, title = "nav.units", icon = "vaadin:sitemap")
class UnitTreeView extends Main implements HasDynamicTitle {

    UnitTreeView(UnitPages pages, UnitAdministration administration, AccessPolicy policy, People people) {
        addClassName("tavla-page");
        add(new H1(getTranslation("units.heading")), new Paragraph(getTranslation("units.intro")));
        List<UnitTreeEntry> units = pages.tree();
        if (policy.mayAnywhere(people.currentActor(), Action.ADMINISTER)) {
            Button create = new Button(getTranslation("unit.admin.create.heading"),
                    e -> new NewUnitDialog(administration, units).open());
            create.addClassName("tavla-new-unit");
            add(create);
        }
        Map<Long, List<UnitTreeEntry>> children = new HashMap<>();
        List<UnitTreeEntry> top = new ArrayList<>();
        for (UnitTreeEntry unit : units) {
            if (unit.parentId() == null) {
                top.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        if (top.isEmpty()) {
            add(new Paragraph(getTranslation("units.empty")));
        } else {
            UnorderedList tree = list(top, children, 0);
            tree.addClassName("tavla-unit-tree");
            add(tree);
        }
    }

    private UnorderedList list(List<UnitTreeEntry> units, Map<Long, List<UnitTreeEntry>> children, int depth) {
        UnorderedList list = new UnorderedList();
        for (UnitTreeEntry unit : units) {
            RouterLink link = new RouterLink(unit.name(), UnitView.class, new RouteParameters("code", unit.code()));
            Span facts = new Span(" · " + getTranslation("unit.type." + unit.type().name())
                    + (unit.people() > 0 ? " · " + getTranslation("units.people", unit.people()) : "")
                    + (unit.active() ? "" : " · " + getTranslation("unit.archived")));
            facts.addClassName("tavla-unit-facts");
            ListItem item = new ListItem(link, facts);
            if (children.containsKey(unit.id()) && depth < 20) {
                item.add(list(children.get(unit.id()), children, depth + 1));
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.heading") + " – Tavla";
    }
}
