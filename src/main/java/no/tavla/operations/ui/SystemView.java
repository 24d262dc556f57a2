package no.tavla.operations.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.access.TavlaRoles;
import no.tavla.operations.SystemStatus;
import no.tavla.notifications.Deliveries;
import no.tavla.operations.SystemStatusService;
import no.tavla.shared.Refusal;
import no.tavla.notifications.FailureReason;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.PageBean;

/** For administrators: which version runs, on which database, with which sign-in, at what time. */
@PageBean
@Route("system")
@RolesAllowed(TavlaRoles.ADMIN)
@Menu(order = 100, title = "nav.system", icon = "vaadin:cog")
class SystemView extends Main implements HasDynamicTitle {

    SystemView(SystemStatusService service, Deliveries deliveries,
               org.springframework.beans.factory.ObjectProvider<no.tavla.shared.ui.SystemSection> sections) {
        addClassName("tavla-page");
        SystemStatus status = service.status();
        DescriptionList facts = new DescriptionList();
        fact(facts, "system.version", status.version());
        fact(facts, "system.database", status.database());
        fact(facts, "system.database.mode", getTranslation(status.embeddedDatabase()
                ? "system.database.embedded" : "system.database.external"));
        fact(facts, "system.database.url", status.databaseUrl());
        fact(facts, "system.sign-in", status.signInIssuer());
        fact(facts, "system.sign-in.mode", getTranslation(status.localSignIn()
                ? "system.sign-in.local" : "system.sign-in.production"));
        fact(facts, "system.zone", status.zone().getId());
        fact(facts, "system.now", TavlaTime.dateTime(status.now(), getLocale()));
        facts.addClassName("tavla-facts");
        add(new H1(getTranslation("system.heading")), facts, mail(deliveries));
        sections.stream().sorted(java.util.Comparator.comparingInt(no.tavla.shared.ui.SystemSection::order))
                .forEach(section -> add(section.create()));
    }

    /** E-mail: on or off, how much waits, what failed and why (issue 14: failures shown to administrators). */
    private Div mail(Deliveries deliveries) {
        Deliveries.Overview mail = deliveries.overview();
        DescriptionList facts = new DescriptionList();
        fact(facts, "system.mail", mail.emailOn() ? getTranslation("system.mail.on", mail.sender())
                : getTranslation("system.mail.off"));
        fact(facts, "system.mail.waiting", String.valueOf(mail.waiting()));
        fact(facts, "system.mail.sent", String.valueOf(mail.sent()));
        fact(facts, "system.mail.failed", String.valueOf(mail.failed()));
        fact(facts, "system.sms", mail.smsOn() ? getTranslation("system.sms.on", mail.smsSent(), mail.smsCostUnits(),
                mail.smsFailed()) : getTranslation("system.sms.off"));
        facts.addClassName("tavla-facts");
        Paragraph result = new Paragraph();
        result.addClassName("tavla-mail-test-result");
        result.getElement().setAttribute("role", "status");
        FieldProblems problems = new FieldProblems(result);
        Button test = new Button(getTranslation("system.mail.test"), click -> {
            try {
                problems.say(getTranslation("system.mail.test.sent", deliveries.sendTest(getLocale())));
            } catch (Refusal refusal) {
                problems.show(refusal);
            }
        });
        test.addClassName("tavla-mail-test");
        Div section = new Div(new H2(getTranslation("system.mail.heading")), facts, test, result);
        if (!mail.failures().isEmpty()) {
            UnorderedList failures = new UnorderedList();
            failures.addClassName("tavla-mail-failures");
            mail.failures().forEach(failure -> failures.add(new ListItem(getTranslation("system.mail.failure",
                    failure.itemTitle(), failure.personName(), failure.attempts(),
                    TavlaTime.dateTime(failure.lastTriedAt(), getLocale()),
                    FailureReason.shown(failure.reason(), (key, detail) -> getTranslation(key, detail))))));
            section.add(new H3(getTranslation("system.mail.failures")), failures);
        }
        section.addClassName("tavla-section");
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.heading") + " – Tavla";
    }
}
