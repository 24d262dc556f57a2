package no.tavla.plans.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.plans.MeasureChannel;
import no.tavla.plans.PlanTemplate;
import no.tavla.plans.Plans;
import no.tavla.shared.Refusal;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.shared.ui.PageBean;
import no.tavla.shared.ui.Results;
import org.springframework.security.access.AccessDeniedException;

/**
 * Communications make the plan template the municipality's own (issue 16): the target groups a new plan suggests, the
 * questions each target group answers, and the channels measures may use. Løten's appendix 4.3 is the default.
 */
@PageBean
@Route("plans/template")
@RolesAllowed({"COMMUNICATIONS", "ADMIN"})
class PlanTemplateView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Plans plans;

    PlanTemplateView(Plans plans) {
        this.plans = plans;
        addClassNames("tavla-page", "tavla-plan-template");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!plans.mayEditTemplate()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        PlanTemplate template = plans.template(getLocale());
        TextArea groups = Forms.textArea(getTranslation("plans.template.groups"), String.join("\n",
                template.targetGroups()), 20 * 301);
        groups.setHelperText(getTranslation("plans.template.groups.help") + " " + getTranslation(template.ownGroups()
                ? "plans.template.own" : "plans.template.default") + ".");
        groups.addClassName("tavla-plan-template-groups");
        TextArea questions = Forms.textArea(getTranslation("plans.template.questions"), String.join("\n",
                template.questions()), 20 * 301);
        questions.setHelperText(getTranslation("plans.template.questions.help") + " " + getTranslation(
                template.ownQuestions() ? "plans.template.own" : "plans.template.default") + ".");
        questions.addClassName("tavla-plan-template-questions");
        CheckboxGroup<MeasureChannel> channels = new CheckboxGroup<>(getTranslation("plans.template.channels"));
        channels.setItems(Arrays.asList(MeasureChannel.values()));
        channels.setItemLabelGenerator(channel -> getTranslation("plans.channel." + channel.name()));
        channels.setValue(EnumSet.copyOf(template.channels()));
        channels.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        channels.addClassName("tavla-plan-template-channels");
        Paragraph problem = Forms.problemLine();
        FieldProblems problems = new FieldProblems(problem).field("plans.template.channels", channels);
        Button save = new Button(getTranslation("plans.template.save"), click -> {
            try {
                plans.saveTemplate(lines(groups.getValue()), lines(questions.getValue()), channels.getValue());
            } catch (Refusal refusal) {
                problems.show(refusal);
                return;
            }
            show();
            Results.announce(getTranslation("plans.template.saved"));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("tavla-plan-template-save");
        Button reset = new Button(getTranslation("plans.template.reset"), click -> {
            plans.saveTemplate(List.of(), List.of(), EnumSet.allOf(MeasureChannel.class));
            show();
            Results.announce(getTranslation("plans.template.saved"));
        });
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        reset.addClassName("tavla-plan-template-reset");
        add(new H1(getTranslation("plans.template.heading")), new Paragraph(getTranslation("plans.template.intro")),
                groups, questions, channels, save, reset, problem);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.template.heading") + " – Tavla";
    }
}
