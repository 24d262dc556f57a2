package no.tavla.news.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.news.Item;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.HeldReleases;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * The planned releases a crisis held back (decision 0021), for communications to release now, reschedule or withdraw
 * one by one, during the crisis or after it; those who lead crises see the list.
 */
@PageBean
@Route("news/held")
@RolesAllowed({"COMMUNICATIONS", "CRISIS", "ADMIN"})
class HeldView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HeldReleases held;

    HeldView(HeldReleases held) {
        this.held = held;
        addClassNames("tavla-page", "tavla-held");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!held.maySee()) {
            event.rerouteToError(org.springframework.security.access.AccessDeniedException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.held.title") + " – Tavla";
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("news.held.title")), new Paragraph(getTranslation("news.held.intro")));
        List<Item> items = held.held();
        List<HeldReleases.HeldPublic> publicParts = held.heldPublic();
        if (items.isEmpty() && publicParts.isEmpty()) {
            add(new Paragraph(getTranslation("news.held.none")));
            return;
        }
        if (!items.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-held-list");
            items.forEach(item -> list.add(entry(item)));
            add(list);
        }
        if (!publicParts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-held-public-list");
            publicParts.forEach(part -> list.add(publicEntry(part)));
            add(new H2(getTranslation("news.held.public.heading")), new Paragraph(getTranslation(
                    "news.held.public.intro")), list);
        }
    }

    /** An item out to staff whose public part waits. */
    private ListItem publicEntry(HeldReleases.HeldPublic part) {
        Item item = part.item();
        ListItem entry = new ListItem();
        entry.addClassName("tavla-held-public-item");
        H3 title = new H3(new RouterLink(item.title(), ItemView.class, new RouteParameters("id",
                String.valueOf(item.id()))));
        entry.add(title, new Paragraph(item.unitName() + " · " + getTranslation("news.held.public.planned",
                TavlaTime.dateTime(item.releaseAt(), getLocale()), TavlaTime.dateTime(part.plannedAt(), getLocale()))));
        if (!held.mayHandle()) {
            return entry;
        }
        Paragraph problem = Forms.problemLine();
        DateTimePicker external = Forms.translated(new DateTimePicker(getTranslation("news.external")));
        external.addClassNames("tavla-held-public-external", "tavla-date-time");
        external.setValue(TavlaTime.localOf(part.plannedAt()));
        TextField reason = Forms.textField(getTranslation("news.held.public.reason"), "", Announcements.MAX_REASON);
        reason.addClassName("tavla-held-public-reason");
        FieldProblems problems = new FieldProblems(problem).field("news.reason", reason)
                .field("news.external", external).field("news.held.public", external).field("news.expiry", external);
        Button now = action("news.held.public.release", "tavla-held-public-release", problems,
                () -> held.releasePublicNow(item.id()), "news.held.public.released");
        now.addThemeVariants(ButtonVariant.PRIMARY);
        Button again = action("news.held.reschedule", "tavla-held-public-reschedule", problems,
                () -> held.reschedulePublic(item.id(), instant(external)), "news.held.rescheduled");
        Button internal = action("news.held.public.keep", "tavla-held-public-keep", problems,
                () -> held.keepInternal(item.id(), reason.getValue()), "news.held.public.kept");
        Div actions = new Div(now, new Div(external, again), new Div(reason, internal), problem);
        actions.addClassName("tavla-held-actions");
        entry.add(actions);
        return entry;
    }

    private ListItem entry(Item item) {
        ListItem entry = new ListItem();
        entry.addClassName("tavla-held-item");
        H2 title = new H2(new RouterLink(item.title(), ItemView.class, new RouteParameters("id",
                String.valueOf(item.id()))));
        entry.add(title, new Paragraph(item.unitName() + " · " + getTranslation("news.held.planned",
                item.releaseAt() == null ? "" : TavlaTime.dateTime(item.releaseAt(), getLocale()))
                + (item.externalReleaseAt() == null ? "" : " · " + getTranslation("news.held.external",
                TavlaTime.dateTime(item.externalReleaseAt(), getLocale())))));
        if (held.mayHandle()) {
            entry.add(actions(item));
        }
        return entry;
    }

    private Component actions(Item item) {
        Paragraph problem = Forms.problemLine();
        DateTimePicker internal = Forms.translated(new DateTimePicker(getTranslation("news.release-at")));
        DateTimePicker external = Forms.translated(new DateTimePicker(getTranslation("news.external")));
        internal.addClassNames("tavla-held-internal", "tavla-date-time");
        external.addClassNames("tavla-held-external", "tavla-date-time");
        internal.setValue(item.releaseAt() == null ? null : TavlaTime.localOf(item.releaseAt()));
        external.setValue(item.externalReleaseAt() == null ? null : TavlaTime.localOf(item.externalReleaseAt()));
        external.setVisible(item.externalReleaseAt() != null);
        TextField reason = Forms.textField(getTranslation("news.held.reason"), "", Announcements.MAX_REASON);
        reason.addClassName("tavla-held-reason");
        FieldProblems problems = new FieldProblems(problem).field("news.reason", reason)
                .field("news.external", external).field("news.expiry", internal);
        Button now = action("news.held.release", "tavla-held-release", problems, () -> held.releaseNow(item.id()),
                "news.held.released");
        now.addThemeVariants(ButtonVariant.PRIMARY);
        Button again = action("news.held.reschedule", "tavla-held-reschedule", problems,
                () -> held.reschedule(item.id(), instant(internal), instant(external)), "news.held.rescheduled");
        Button withdraw = action("news.held.withdraw", "tavla-held-withdraw", problems,
                () -> held.withdraw(item.id(), reason.getValue()), "news.held.withdrawn");
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        Div actions = new Div(now, new Div(internal, external, again), new Div(reason, withdraw), problem);
        actions.addClassName("tavla-held-actions");
        return actions;
    }

    private static Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : TavlaTime.instantOf(picker.getValue());
    }

    private Button action(String label, String className, FieldProblems problems, Runnable act, String done) {
        Button button = new Button(getTranslation(label), click -> {
            try {
                act.run();
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation(done));
        });
        button.addClassName(className);
        return button;
    }
}
