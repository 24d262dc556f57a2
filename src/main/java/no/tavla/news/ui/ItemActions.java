package no.tavla.news.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.tavla.news.Item;
import no.tavla.news.ItemStatus;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.Corrections;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.MarkdownView;
import org.springframework.security.access.AccessDeniedException;

/**
 * The write page's action bar: only what the person may do with the item now (as the AccessPolicy answers through
 * the service), the primary action first and marked so. "Already known outside" is its own deliberate step, in a
 * dialog that says what it does, never a field beside Publish.
 */
class ItemActions extends Div {

    private final transient Announcements announcements;
    private final transient Corrections corrections;
    private final transient Clock clock;
    private final boolean approver;
    private final ItemForm form;
    /** Shows the item anew after an action, with what the writer is to be told (or null). */
    private final transient Consumer<String> reload;
    private final Div buttons = new Div();
    private final Paragraph problem = Forms.problemLine();
    /** Refusals on the form's field they concern, else on the line under the buttons. */
    private final FieldProblems problems = new FieldProblems(problem);
    private Item item;
    /** What the writer is told once the action is done. */
    private String done;

    ItemActions(Announcements announcements, Corrections corrections, Clock clock, boolean approver, ItemForm form,
                Consumer<String> reload) {
        this.announcements = announcements;
        this.corrections = corrections;
        this.clock = clock;
        this.approver = approver;
        this.form = form;
        this.reload = reload;
        form.fieldsFor(problems);
        addClassName("tavla-action-bar");
        buttons.addClassName("tavla-actions");
        add(buttons, problem);
    }

    /** Says why a draft could not be saved, on the field it concerns (null: nothing is wrong any more). */
    void refused(Refusal refusal) {
        if (refusal == null) {
            problems.clear();
        } else {
            problems.show(refusal, false);
        }
    }

    void show(Item shown) {
        item = shown;
        buttons.removeAll();
        if (item == null) {
            buttons.add(new Paragraph(getTranslation("news.start")));
            return;
        }
        long id = item.id();
        boolean direct = announcements.mayPublishDirectly(id);
        switch (item.status()) {
            case DRAFT, RETURNED -> {
                if (direct) {
                    buttons.add(primary(action("news.publish", "tavla-news-publish", this::publish)),
                            action("news.submit", "tavla-news-submit", () -> announcements.submit(id)));
                } else {
                    buttons.add(new Paragraph(getTranslation("news.needs-approval")),
                            primary(action("news.submit", "tavla-news-submit", () -> announcements.submit(id))));
                }
            }
            case SUBMITTED -> {
                buttons.add(new Paragraph(getTranslation(item.alreadyPublic() ? "news.submitted.already-public"
                        : "news.submitted")));
                if (approver) {
                    TextField reason = new TextField(getTranslation("news.return.reason"));
                    reason.setMaxLength(Announcements.MAX_REASON);
                    reason.addClassName("tavla-news-return-reason");
                    buttons.add(primary(action("news.approve", "tavla-news-approve", this::approve)), new Div(reason,
                            action("news.return", "tavla-news-return",
                                    () -> announcements.returnToWriter(id, reason.getValue()))));
                } else {
                    buttons.add(new Paragraph(getTranslation("news.submitted.locked")),
                            action("news.recall", "tavla-news-recall", () -> announcements.recall(id)));
                }
            }
            case PUBLISHED -> {
                announcements.publicPartHeld(id).ifPresent(planned -> {
                    buttons.add(new Paragraph(getTranslation("news.held.public.here", TavlaTime.dateTime(planned,
                            getLocale()))));
                    if (approver) {
                        buttons.add(new Div(new RouterLink(getTranslation("news.held.handle"), HeldView.class)));
                    }
                });
                published(direct);
            }
            case WITHDRAWN -> buttons.add(new Paragraph(getTranslation("news.status.WITHDRAWN")));
            case HELD -> {
                buttons.add(new Paragraph(getTranslation("news.held.here")));
                if (approver) {
                    buttons.add(new Div(new RouterLink(getTranslation("news.held.handle"), HeldView.class)));
                }
            }
        }
        if (item.status() == ItemStatus.PUBLISHED && direct && (approver || !item.externalRelease())) {
            buttons.add(new Div(action("news.reschedule", "tavla-news-reschedule", () -> announcements.reschedule(id,
                    form.releaseAt(), form.externalReleaseAt()))));
        }
        if (item.status() != ItemStatus.WITHDRAWN && item.status() != ItemStatus.HELD && !item.alreadyPublic()
                && !item.isOut(clock.instant())) {
            buttons.add(alreadyPublicStep(direct || item.status() == ItemStatus.PUBLISHED));
        }
        if (item.status() == ItemStatus.PUBLISHED) {
            buttons.add(new Div(new RouterLink(getTranslation("news.open"), ItemView.class,
                    new RouteParameters("id", String.valueOf(id)))));
        }
    }

    /** "The news is out already": a dialog that says what happens and asks where it became known. */
    private Component alreadyPublicStep(boolean outAtOnce) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("news.already-public"));
        TextField why = new TextField(getTranslation("news.already-public.reason"));
        why.setMaxLength(Announcements.MAX_REASON);
        why.setWidthFull();
        why.addClassName("tavla-news-public-reason");
        Paragraph refused = Forms.problemLine();
        FieldProblems dialogProblems = new FieldProblems(refused).field("news.reason", why);
        Button confirm = new Button(getTranslation(outAtOnce ? "news.mark-already-public"
                : "news.mark-already-public.submit"), e -> {
            if (run(() -> announcements.markAlreadyPublic(item.id(), why.getValue()), dialogProblems)) {
                dialog.close();
                reload.accept(done);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("tavla-news-already-public");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClassName("tavla-news-already-public-cancel");
        dialog.add(new Paragraph(getTranslation(outAtOnce ? "news.already-public.explain"
                : "news.already-public.explain.submit")), why, refused);
        dialog.getFooter().add(cancel, confirm);
        Button open = new Button(getTranslation("news.already-public.open"), e -> dialog.open());
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("tavla-news-already-public-open");
        return new Div(open);
    }

    /** A published item: a correction waiting, correct it (at once, or for communications to confirm), withdraw. */
    private void published(boolean direct) {
        long id = item.id();
        corrections.pending(id).ifPresent(pending -> {
            Div waiting = new Div(new H2(getTranslation("news.correction.waiting")), new Paragraph(getTranslation(
                    "news.correction.waiting.by", pending.proposedBy(), TavlaTime.dateTime(pending.proposedAt(),
                            getLocale()))), new Paragraph(getTranslation("news.title") + ": " + pending.title()));
            waiting.addClassNames("tavla-section", "tavla-news-correction-waiting");
            if (!pending.lead().isBlank()) {
                waiting.add(new Paragraph(getTranslation("news.lead") + ": " + pending.lead()));
            }
            waiting.add(new MarkdownView(pending.body()));
            if (approver) {
                TextField reason = new TextField(getTranslation("news.correction.reject.reason"));
                reason.setMaxLength(Announcements.MAX_REASON);
                reason.addClassName("tavla-news-correction-reason");
                waiting.add(primary(action("news.correction.confirm", "tavla-news-correction-confirm",
                        () -> corrections.confirm(id))), reason, action("news.correction.reject",
                        "tavla-news-correction-reject", () -> corrections.reject(id, reason.getValue())));
            }
            buttons.add(waiting);
        });
        Checkbox significant = new Checkbox(getTranslation("news.correct.significant"));
        significant.setHelperText(getTranslation("news.correct.significant.help"));
        significant.addClassName("tavla-news-significant");
        TextField note = new TextField(getTranslation("news.correct.note"));
        note.setMaxLength(Announcements.MAX_REASON);
        TextField reason = new TextField(getTranslation("news.withdraw.reason"));
        reason.setMaxLength(Announcements.MAX_REASON);
        reason.addClassName("tavla-news-withdraw-reason");
        Button withdraw = action("news.withdraw", "tavla-news-withdraw",
                () -> announcements.withdraw(id, reason.getValue()));
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        buttons.add(new Div(significant, note, action(direct ? "news.correct" : "news.correct.propose",
                "tavla-news-correct", () -> corrected(corrections.correct(id, form.draft(), significant.getValue(),
                        note.getValue())))), new Div(reason, withdraw));
    }

    private void corrected(Corrections.Outcome outcome) {
        done = outcome == Corrections.Outcome.PROPOSED ? getTranslation("news.correction.proposed") : null;
    }

    /** Publishes; a release time already passed is said to have become "now", not silently ignored. */
    private void publish() {
        Instant asked = form.releaseAt();
        done = releasedNow(asked, announcements.publish(item.id()));
    }

    private void approve() {
        Instant asked = item.releaseAt();
        done = releasedNow(asked, announcements.approve(item.id()));
    }

    private String releasedNow(Instant asked, Instant at) {
        return asked != null && asked.isBefore(at) ? getTranslation("news.release.passed",
                TavlaTime.dateTime(asked, getLocale())) : null;
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private Button action(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            if (run(action, problems)) {
                reload.accept(done);
            }
        });
        button.addClassName(className);
        return button;
    }

    /** @return whether the action was done; if not, why not is said on the field it concerns, else on the line */
    private boolean run(Runnable action, FieldProblems shown) {
        try {
            done = null;
            action.run();
            shown.clear();
            problems.clear();
            return true;
        } catch (Refusal refusal) {
            shown.show(refusal);
        } catch (AccessDeniedException denied) {
            shown.say(getTranslation("news.not-allowed"));
        }
        return false;
    }
}
