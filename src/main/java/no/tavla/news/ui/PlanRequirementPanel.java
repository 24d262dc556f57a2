package no.tavla.news.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.news.ChangeKind;
import no.tavla.news.Item;
import no.tavla.news.ItemPlan;
import no.tavla.news.ItemStatus;
import no.tavla.news.PlanRequirement;
import no.tavla.news.writing.Announcements;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;

/**
 * On the write page: whether the item announces a reorganisation or a change to services, and so needs a
 * communication plan before it is submitted or published (issue 16); which plan it is part of; adding it to one; and
 * for communications, letting it go without one, saying why.
 */
class PlanRequirementPanel extends Div {

    private final transient Announcements announcements;
    private final transient ItemPlan plans;
    private final transient Consumer<String> reload;

    /** @param plans null when no module answers for plans */
    PlanRequirementPanel(Announcements announcements, ItemPlan plans, Consumer<String> reload) {
        this.announcements = announcements;
        this.plans = plans;
        this.reload = reload;
        addClassName("tavla-news-plan");
        setVisible(false);
    }

    /** Shows the item's plan and what it needs; nothing for a new item not yet saved. */
    void show(Item item, boolean editable) {
        removeAll();
        setVisible(item != null);
        if (item == null) {
            return;
        }
        Optional<ItemPlan.PlanLink> link = plans == null ? Optional.empty() : plans.forItem(item.id());
        link.ifPresent(found -> {
            Anchor to = new Anchor("plans/" + found.planId(), found.name());
            to.getElement().setAttribute("router-link", true);
            add(new Paragraph(new Span(getTranslation("news.plan.part-of") + " "), to));
        });
        PlanRequirement requirement = announcements.planRequirement(item.id());
        boolean beforeRelease = item.status() == ItemStatus.DRAFT || item.status() == ItemStatus.RETURNED
                || item.status() == ItemStatus.SUBMITTED;
        if (beforeRelease && editable) {
            add(kind(item, requirement));
        } else if (requirement.required()) {
            add(new Paragraph(getTranslation("news.change.is", getTranslation("news.change." + requirement.kind()))));
        }
        if (requirement.waivedReason() != null) {
            Paragraph waived = new Paragraph(getTranslation("news.plan.waived", requirement.waivedBy(),
                    TavlaTime.dateTime(requirement.waivedAt(), getLocale()), requirement.waivedReason()));
            waived.addClassName("tavla-news-plan-waived");
            add(waived);
        }
        if (!requirement.met() && beforeRelease) {
            Paragraph needed = new Paragraph(getTranslation("news.plan.needed"));
            needed.addClassName("tavla-news-plan-needed");
            add(needed);
            if (editable) {
                add(linkToPlan(item));
            }
            if (announcements.mayWaivePlan(item.id())) {
                add(waive(item));
            }
        }
    }

    private Select<String> kind(Item item, PlanRequirement requirement) {
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("news.change"));
        List<String> values = new java.util.ArrayList<>(List.of("NONE"));
        Arrays.stream(ChangeKind.values()).map(Enum::name).forEach(values::add);
        kind.setItems(values);
        kind.setItemLabelGenerator(value -> getTranslation("news.change." + value));
        kind.setValue(requirement.kind() == null ? "NONE" : requirement.kind().name());
        kind.setHelperText(getTranslation("news.change.help"));
        kind.addClassName("tavla-news-change-kind");
        kind.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            announcements.markChange(item.id(), "NONE".equals(event.getValue()) ? null
                    : ChangeKind.valueOf(event.getValue()));
            reload.accept(getTranslation("news.change.saved"));
        });
        return kind;
    }

    private Div linkToPlan(Item item) {
        Div box = new Div();
        box.addClassName("tavla-news-plan-link");
        List<ItemPlan.PlanLink> linkable = plans == null ? List.of() : plans.linkable(item.id());
        if (!linkable.isEmpty()) {
            Select<ItemPlan.PlanLink> plan = new Select<>();
            plan.setLabel(getTranslation("news.plan.choose"));
            plan.setItems(linkable);
            plan.setItemLabelGenerator(ItemPlan.PlanLink::name);
            plan.setValue(linkable.getFirst());
            plan.addClassName("tavla-news-plan-choose");
            Button add = new Button(getTranslation("news.plan.add"), click -> {
                plans.link(item.id(), plan.getValue().planId());
                reload.accept(getTranslation("news.plan.added", plan.getValue().name()));
            });
            add.addClassName("tavla-news-plan-add");
            box.add(plan, add);
        }
        Anchor create = new Anchor("plans", getTranslation("news.plan.new"));
        create.getElement().setAttribute("router-link", true);
        create.addClassName("tavla-news-plan-new");
        box.add(new Paragraph(create));
        return box;
    }

    private Div waive(Item item) {
        Div box = new Div();
        box.addClassName("tavla-news-plan-waive");
        TextField reason = Forms.textField(getTranslation("news.plan.waive.reason"), "", Announcements.MAX_REASON);
        reason.addClassName("tavla-news-plan-waive-reason");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("news.reason", reason);
        Button waive = new Button(getTranslation("news.plan.waive"), click -> {
            try {
                announcements.waivePlan(item.id(), reason.getValue());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            reload.accept(getTranslation("news.plan.waived.done"));
        });
        waive.addThemeVariants(ButtonVariant.TERTIARY);
        waive.addClassName("tavla-news-plan-waive-button");
        box.add(reason, waive, problem);
        return box;
    }
}
