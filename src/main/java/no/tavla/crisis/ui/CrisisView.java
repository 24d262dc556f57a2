package no.tavla.crisis.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.tavla.shared.Language;
import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisLogEntry;
import no.tavla.crisis.CrisisMessages;
import no.tavla.crisis.CrisisUpdate;
import no.tavla.crisis.CrisisPrints;
import no.tavla.crisis.Preparedness;
import com.vaadin.flow.component.html.Anchor;
import no.tavla.news.writing.HeldReleases;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;

/**
 * The crisis page: the message, every update newest first with its time, and "Jeg har lest" for everyone in its scope;
 * for those who lead it, an update to post, the switch to end it, how many have confirmed, and its log.
 */
@PageBean
@Route("crisis/:id")
@PermitAll
class CrisisView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Crises crises;
    private final transient HeldReleases held;
    private final transient CrisisPrints prints;
    private Crisis crisis;

    CrisisView(Crises crises, HeldReleases held, CrisisPrints prints) {
        this.crises = crises;
        this.prints = prints;
        this.held = held;
        addClassNames("tavla-page", "tavla-crisis");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("id").orElse("");
        crisis = parameter.matches("\\d{1,18}") ? crises.find(Long.parseLong(parameter)).orElse(null) : null;
        if (crisis == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return crisis == null ? getTranslation("crisis.page.title") : heading() + " – Tavla";
    }

    private String heading() {
        return (crisis.drill() ? getTranslation("crisis.banner.drill") + ": " : "") + crisis.title();
    }

    private void show() {
        crisis = crises.find(crisis.id()).orElse(crisis);
        removeAll();
        H1 title = new H1(heading());
        Paragraph state = new Paragraph(crisis.lasting()
                ? getTranslation("crisis.page.since", TavlaTime.dateTime(crisis.startedAt(), getLocale()),
                crisis.startedBy())
                : getTranslation("crisis.page.ended", TavlaTime.dateTime(crisis.endedAt(), getLocale())));
        state.addClassName("tavla-crisis-state");
        add(title, state);
        if (!crisis.lasting() && crisis.closingMessage() != null) {
            Paragraph closing = new Paragraph(crisis.closingMessage());
            closing.addClassNames("tavla-crisis-closing", "tavla-crisis-text");
            add(closing);
        }
        Paragraph message = new Paragraph(crisis.message());
        message.addClassNames("tavla-crisis-message", "tavla-crisis-text");
        add(message);
        if (crises.mayConfirm(crisis.id())) {
            add(confirmation());
        }
        add(updates(crises.updates(crisis.id())), preparedness(crises.preparedness()));
        // paper for those without a screen: a manager's notice carries a sign-off sheet of their staff not reached
        Anchor notice = new Anchor("crisis-prints/" + crisis.id() + "/notice.pdf?lang=" + Language.of(getLocale()).tag(), getTranslation(
                crisis.lasting() && prints.withSheet() ? "crisis.print.notice.manager" : "crisis.print.notice"));
        notice.setRouterIgnore(true);
        notice.setTarget("_blank");
        notice.addClassName("tavla-crisis-print");
        add(new Paragraph(notice));
        if (crises.mayLead()) {
            add(leading());
        }
    }

    private Div confirmation() {
        Div area = new Div();
        area.addClassName("tavla-crisis-confirm");
        if (crises.confirmedByMe(crisis.id())) {
            area.add(new Paragraph(getTranslation("crisis.page.confirmed")));
            return area;
        }
        Paragraph problem = Forms.problemLine();
        Button confirm = new Button(getTranslation("crisis.page.confirm"), click -> {
            try {
                crises.confirm(crisis.id());
            } catch (Refusal refusal) {
                new FieldProblems(problem).show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation("crisis.page.confirmed"));
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("tavla-crisis-confirm-button");
        area.add(confirm, problem);
        return area;
    }

    private Div updates(List<CrisisUpdate> updates) {
        Div section = new Div();
        section.addClassName("tavla-section");
        section.add(new H2(getTranslation("crisis.page.updates")));
        if (updates.isEmpty()) {
            section.add(new Paragraph(getTranslation("crisis.page.no-updates")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tavla-crisis-updates");
        for (CrisisUpdate update : updates) {
            Span when = new Span(TavlaTime.dateTime(update.postedAt(), getLocale()) + " · " + update.postedBy());
            when.addClassName("tavla-crisis-update-when");
            Paragraph text = new Paragraph(update.text());
            text.addClassName("tavla-crisis-text");
            list.add(new ListItem(when, text));
        }
        section.add(list);
        return section;
    }

    /** The emergency plan and whom to call, as communications keep them ready. */
    private Div preparedness(Preparedness prepared) {
        Div section = new Div();
        section.addClassNames("tavla-section", "tavla-crisis-plan");
        section.add(new H2(getTranslation("crisis.page.plan")));
        if (prepared.hasPlan()) {
            section.add(new Paragraph(new Anchor(prepared.planUrl(), prepared.planName() == null
                    ? getTranslation("crisis.page.plan.default") : prepared.planName())));
        } else {
            section.add(new Paragraph(getTranslation("crisis.page.no-plan")));
        }
        if (!prepared.contacts().isEmpty()) {
            section.add(new H2(getTranslation("crisis.page.call")));
            UnorderedList list = new UnorderedList();
            list.addClassName("tavla-crisis-contacts");
            for (Preparedness.Contact contact : prepared.contacts()) {
                ListItem line = new ListItem(contact.name() + (contact.role() == null ? "" : ", " + contact.role())
                        + ": ");
                line.add(new Anchor("tel:" + contact.phone().replace(" ", ""), contact.phone()));
                list.add(line);
            }
            section.add(list);
        }
        return section;
    }

    /** For the crisis staff and communications: post an update, end it, and what it has done so far. */
    private Div leading() {
        Div section = new Div();
        section.addClassNames("tavla-section", "tavla-crisis-lead");
        section.add(new H2(getTranslation("crisis.lead.heading")));
        section.add(new Paragraph(getTranslation("crisis.lead.confirmations", crises.confirmations(crisis.id()))));
        int heldBack = crisis.drill() ? 0 : held.count();
        if (heldBack > 0) {
            // nothing planned goes out while a crisis lasts, nor by surprise when it ends (decision 0021)
            Paragraph heldLine = new Paragraph(getTranslation("crisis.held.count", heldBack) + " ");
            heldLine.add(new com.vaadin.flow.component.html.Anchor("news/held", getTranslation("crisis.held.open")));
            heldLine.addClassName("tavla-crisis-held");
            section.add(heldLine);
        }
        if (crisis.lasting()) {
            TextArea update = Forms.textArea(getTranslation("crisis.update.label"), "", 1000);
            update.addClassName("tavla-crisis-update-text");
            Checkbox bySms = new Checkbox(getTranslation("crisis.update.sms"));
            Checkbox byEmail = new Checkbox(getTranslation("crisis.update.email"));
            Paragraph updateProblem = Forms.problemLine();
            FieldProblems updateProblems = new FieldProblems(updateProblem).field("crisis.update", update);
            Button post = new Button(getTranslation("crisis.update.post"), click -> {
                try {
                    crises.post(crisis.id(), update.getValue(), bySms.getValue(), byEmail.getValue());
                } catch (Refusal refusal) {
                    updateProblems.show(refusal);
                    return;
                }
                show();
                Results.announce(getTranslation("crisis.update.posted"));
            });
            post.addThemeVariants(ButtonVariant.PRIMARY);
            post.addClassName("tavla-crisis-post");
            TextArea closing = Forms.textArea(getTranslation("crisis.off.label"), "", 2000);
            closing.addClassName("tavla-crisis-closing-text");
            Checkbox offBySms = new Checkbox(getTranslation("crisis.off.sms"));
            Checkbox offByEmail = new Checkbox(getTranslation("crisis.off.email"));
            offBySms.addClassName("tavla-crisis-off-sms");
            offByEmail.addClassName("tavla-crisis-off-email");
            Paragraph offProblem = Forms.problemLine();
            FieldProblems offProblems = new FieldProblems(offProblem).field("crisis.closing", closing);
            Button off = new Button(getTranslation(crisis.drill() ? "crisis.off.drill" : "crisis.off.button"),
                    click -> {
                        try {
                            crises.switchOff(crisis.id(), closing.getValue(), offBySms.getValue(),
                                    offByEmail.getValue());
                        } catch (Refusal refusal) {
                            offProblems.show(refusal);
                            return;
                        }
                        show();
                        Results.announce(getTranslation("crisis.off.done"));
                    });
            off.addThemeVariants(ButtonVariant.ERROR);
            off.addClassName("tavla-crisis-off");
            if (!crisis.drill() && crises.mayPublishPublicly()) {
                section.add(publicItem());
            }
            section.add(new H2(getTranslation("crisis.update.heading")), update, bySms, byEmail, post, updateProblem,
                    new H2(getTranslation("crisis.off.heading")), closing, offBySms, offByEmail, off, offProblem);
        }
        section.add(messages());
        section.add(new H2(getTranslation("crisis.log.heading")));
        Anchor logPdf = new Anchor("crisis-prints/" + crisis.id() + "/log.pdf?lang=" + Language.of(getLocale()).tag(), getTranslation("crisis.print.log"));
        logPdf.setRouterIgnore(true);
        logPdf.setTarget("_blank");
        logPdf.addClassName("tavla-crisis-log-pdf");
        section.add(new Paragraph(logPdf));
        UnorderedList log = new UnorderedList();
        log.addClassName("tavla-crisis-log");
        for (CrisisLogEntry entry : crises.log(crisis.id())) {
            log.add(new ListItem(TavlaTime.dateTime(entry.at(), getLocale()) + " · "
                    + (entry.person() == null ? "Tavla" : entry.person()) + " · "
                    + getTranslation("crisis.log." + entry.event(), entry.counts().toArray())
                    + (entry.detail() == null ? "" : ": " + entry.detail())));
        }
        section.add(log);
        return section;
    }

    /** Public information at once: internal first by seconds, then on the municipality's website. */
    private Div publicItem() {
        com.vaadin.flow.component.textfield.TextField title = Forms.textField(getTranslation("crisis.public.title"),
                crisis.title(), 200);
        TextArea text = Forms.textArea(getTranslation("crisis.public.text"), crisis.message(), 20_000);
        title.addClassName("tavla-crisis-public-title");
        text.addClassName("tavla-crisis-public-text");
        title.setWidthFull();
        text.setWidthFull();
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("news.title", title).field("crisis.public.text",
                text);
        Button publish = new Button(getTranslation("crisis.public.publish"), click -> {
            try {
                crises.publishPublicly(crisis.id(), title.getValue(), "", text.getValue());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation("crisis.public.published"));
        });
        publish.addClassName("tavla-crisis-public-publish");
        Div area = new Div(new H2(getTranslation("crisis.public.heading")),
                new Paragraph(getTranslation("crisis.public.help")), title, text, publish, problem);
        List<Long> published = crises.publicItems(crisis.id());
        if (!published.isEmpty()) {
            UnorderedList list = new UnorderedList();
            published.forEach(id -> list.add(new ListItem(new Anchor("news/" + id, getTranslation(
                    "crisis.public.item", id)))));
            area.add(list);
        }
        area.addClassName("tavla-crisis-public");
        return area;
    }

    /** How its SMS and e-mails have gone, part by part: what waits, failed or was not sent, and the last error. */
    private Div messages() {
        Div area = new Div();
        area.addClassName("tavla-crisis-messages");
        area.add(new H2(getTranslation("crisis.messages.heading")));
        List<CrisisMessages.Progress> progress = crises.messages(crisis.id());
        if (progress.isEmpty()) {
            area.add(new Paragraph(getTranslation("crisis.messages.none")));
            return area;
        }
        List<Long> updates = crises.updates(crisis.id()).stream().map(CrisisUpdate::id).sorted().toList();
        UnorderedList list = new UnorderedList();
        for (CrisisMessages.Progress part : progress) {
            String what = getTranslation("crisis.messages.part." + part.part().name(),
                    updates.indexOf(part.updateId()) + 1);
            ListItem line = new ListItem(what + " · " + getTranslation("crisis.messages." + part.channel()) + ": "
                    + getTranslation("crisis.messages.counts", part.sent(), part.total(), part.waiting(),
                    part.failed(), part.skipped()));
            if (part.lastProblem() != null && (part.waiting() > 0 || part.failed() > 0)) {
                Paragraph problem = new Paragraph(getTranslation(part.waiting() > 0
                        ? "crisis.messages.problem" : "crisis.messages.failed", part.lastProblem()));
                problem.addClassName("tavla-crisis-messages-problem");
                line.add(problem);
            }
            list.add(line);
        }
        area.add(list);
        return area;
    }
}
