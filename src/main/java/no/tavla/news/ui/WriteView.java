package no.tavla.news.ui;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.news.Item;
import no.tavla.news.ItemPlan;
import no.tavla.news.ItemStatus;
import no.tavla.news.files.ItemFiles;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.Corrections;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.People;
import no.tavla.organisation.UnitPages;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing an item: the form ({@link ItemForm}: what, for whom, when) with the images and attachments in "what", the
 * status and the action bar ({@link ItemActions}), and the history ({@link ItemHistory}). Drafts save themselves as
 * they are typed.
 */
@PageBean
@Route("write/:id?")
@RolesAllowed({"EDITOR", "COMMUNICATIONS", "ADMIN"})
class WriteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Announcements announcements;
    private final transient Clock clock;
    private final boolean approver;
    private final ItemForm form;
    private final ItemFilesPanel files;
    private final ItemActions actions;
    private final ItemHistory history = new ItemHistory();
    private final Paragraph saved = new Paragraph();
    /** The communication plan the item is part of, and whether it needs one (issue 16). */
    private final PlanRequirementPanel plan;
    /** The questions to think through before the item is first sent (issue 17). */
    private final ChecklistPanel checklist;
    private final transient ObjectProvider<ItemPlan> plans;
    private final LanguageVersionsPanel languages;
    private final transient no.tavla.news.writing.LanguageVersions languageVersions;
    private final transient UnitTreeEntry ownUnit;
    private Long id;
    private Item item;
    private boolean loading;

    WriteView(Announcements announcements, Corrections corrections, UnitPages pages, People people,
              AccessPolicy policy, Clock clock, ItemFiles itemFiles, ObjectProvider<ItemPlan> plans,
              no.tavla.news.writing.WritingHints writingHints,
              no.tavla.news.writing.PublishingSettings publishingSettings,
              no.tavla.news.writing.LanguageVersions languageVersions) {
        this.announcements = announcements;
        this.plans = plans;
        this.clock = clock;
        addClassNames("tavla-page", "tavla-wide");
        Announcements.WritingUnits units = announcements.writingUnits();
        approver = policy.mayApprove(people.currentActor());
        ownUnit = units.own().orElse(null);
        form = new ItemForm(units.writable(), units.active(), pages::page, announcements::audienceSize,
                announcements::channels);
        files = new ItemFilesPanel(itemFiles, this::itemIdMadeIfNeeded, form::appendToBody);
        WritingHintsPanel hints = new WritingHintsPanel(writingHints);
        form.followHints(hints);
        files.onShown(shownId -> hints.files(shownId == null ? java.util.List.of() : itemFiles.pdfProblems(shownId)));
        form.addToWhat(files);
        actions = new ItemActions(announcements, corrections, clock, approver, form, this::reloadSaying);
        saved.addClassNames("tavla-news-saved", "tavla-news-status");
        saved.getElement().setAttribute("aria-live", "polite");
        Div bar = new Div(saved, actions);
        bar.addClassNames("tavla-section", "tavla-news-action-bar");
        plan = new PlanRequirementPanel(announcements, plans.getIfAvailable(), this::reloadSaying);
        checklist = new ChecklistPanel(publishingSettings);
        this.languageVersions = languageVersions;
        languages = new LanguageVersionsPanel(languageVersions, writingHints);
        add(new H1(getTranslation("news.write")), plan, form, languages, checklist, bar, history);
        form.binder().addValueChangeListener(e -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        if (parameter.isEmpty()) {
            // Vaadin reuses this view when "write" is opened from "write/{id}": a new item starts from nothing
            id = null;
            item = null;
            files.show(null);
            history.removeAll();
            form.lock(false, false);
            saved.setText("");
            loading = true;
            form.startNew(ownUnit);
            loading = false;
            actions.show(null);
            plan.show(null, false);
            languages.show(null, null, false, false);
            checklist.show(true);
            return;
        }
        try {
            if (!parameter.matches("\\d{1,18}")) {
                throw new Refusal("news.unknown");
            }
            id = Long.parseLong(parameter);
            load(announcements.forEditing(id));
        } catch (Refusal | AccessDeniedException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load(Item loaded) {
        item = loaded;
        loading = true;
        form.read(item);
        loading = false;
        form.lock(item.status() == ItemStatus.PUBLISHED || item.status() == ItemStatus.WITHDRAWN
                || item.status() == ItemStatus.HELD, lockedForWriter());
        saved.setText(status(item));
        files.show(id);
        actions.show(item);
        history.show(announcements.history(id), announcements.versions(id));
        showPlan();
        showLanguages();
        checklist.show(item.status() == ItemStatus.DRAFT);
    }

    /** The versions in other languages, changeable when their service says so (the item's approval rule). */
    private void showLanguages() {
        languages.show(id, item.language(), languageVersions.mayChange(id), item.status() == ItemStatus.PUBLISHED);
    }

    private void showPlan() {
        plan.show(item, editableDraft() && !lockedForWriter());
    }

    /** After an action: the item as it is now, and what the writer is to be told. */
    private void reloadSaying(String done) {
        load(announcements.forEditing(id));
        if (done != null) {
            saved.setText(saved.getText() + ". " + done);
        }
        Results.focus(saved);
    }

    /** "Planlagt 2. des. 08:00" for an item scheduled ahead, else the workflow step. */
    private String status(Item shown) {
        if (shown.isScheduled(clock.instant())) {
            return getTranslation("news.status.SCHEDULED", TavlaTime.dateTime(shown.releaseAt(), getLocale()));
        }
        return getTranslation("news.status." + shown.status().name());
    }

    /** A submitted item is communications' to change until its writer takes it back. */
    private boolean lockedForWriter() {
        return item != null && item.status() == ItemStatus.SUBMITTED && !approver;
    }

    /** Autosave: a draft is saved as it is typed; a new one is created on the first change. */
    private void changed() {
        if (loading || (item != null && !editableDraft())) {
            return;
        }
        try {
            if (id == null) {
                if (form.draft().unitId() < 0) {
                    return;
                }
                id = announcements.create(form.draft());
                UI.getCurrent().getPage().getHistory().replaceState(null, "write/" + id);
                item = announcements.forEditing(id);
                showLanguages();
            } else {
                announcements.save(id, form.draft());
            }
            item = announcements.forEditing(id);
            actions.refused(null);
            saved.setText(getTranslation("news.saved", TavlaTime.dateTime(clock.instant(), getLocale())));
            actions.show(item);
        } catch (Refusal refusal) {
            actions.refused(refusal);
        }
    }

    private boolean editableDraft() {
        return item.status() == ItemStatus.DRAFT || item.status() == ItemStatus.RETURNED
                || (item.status() == ItemStatus.SUBMITTED && approver);
    }

    /** The item's id for a file, the draft made first if there is none yet; 0 when it cannot be made. */
    private long itemIdMadeIfNeeded() {
        if (id == null) {
            changed();
        }
        return id == null ? 0 : id;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.write") + " – Tavla";
    }
}
