package no.tavla.news.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import jakarta.annotation.security.RolesAllowed;
import no.tavla.news.writing.Announcements;
import no.tavla.news.Item;
import no.tavla.news.ItemStatus;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.People;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;

/**
 * The writer's desk: their drafts, submitted, returned, scheduled and published items with the counts; for
 * communications also everything waiting for approval.
 */
@PageBean
@Route("desk")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
@Menu(order = 5, title = "nav.desk", icon = "vaadin:edit")
class DeskView extends Main implements HasDynamicTitle {

    DeskView(Announcements announcements, People people, AccessPolicy policy, Clock clock) {
        addClassName("tavla-page");
        add(new H1(getTranslation("desk.heading")));
        RouterLink write = new RouterLink(getTranslation("news.write.new"), WriteView.class);
        write.addClassName("tavla-write-new");
        add(new Div(write));
        List<Item> items = announcements.desk();
        long me = people.currentActor().personId().orElse(-1L);
        Instant now = clock.instant();
        if (policy.mayAnywhere(people.currentActor(), Action.APPROVE)) {
            add(section("desk.waiting", items.stream().filter(i -> i.status() == ItemStatus.SUBMITTED).toList(), now));
        }
        add(section("desk.mine", items.stream().filter(i -> i.authorId() == me).toList(), now));
    }

    private Div section(String key, List<Item> items, Instant now) {
        Div section = new Div(new H2(getTranslation(key, items.size())));
        section.addClassName("tavla-section");
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("desk.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-desk-list");
        for (Item item : items) {
            RouterLink link = new RouterLink(item.title().isBlank() ? getTranslation("news.untitled") : item.title(),
                    WriteView.class, new RouteParameters("id", String.valueOf(item.id())));
            String status = item.isScheduled(now)
                    ? getTranslation("news.status.SCHEDULED", TavlaTime.dateTime(item.releaseAt(), getLocale()))
                    : getTranslation("news.status." + item.status().name());
            Span facts = new Span(" · " + status + " · " + item.unitName() + " · "
                    + TavlaTime.dateTime(item.updatedAt(), getLocale())
                    + (item.status() == ItemStatus.PUBLISHED
                    ? " · " + getTranslation("desk.seen", item.seenCount()) : ""));
            facts.addClassName("tavla-unit-facts");
            list.add(new ListItem(link, facts));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.heading") + " – Tavla";
    }
}
