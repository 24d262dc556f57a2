package no.tavla.operations.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.access.TavlaRoles;
import no.tavla.operations.SystemStatus;
import no.tavla.operations.SystemStatusService;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;

/** For administrators: which version runs, on which database, with which sign-in, at what time. */
@PageBean
@Route("system")
@RolesAllowed(TavlaRoles.ADMIN)
@Menu(order = 100, title = "nav.system", icon = "vaadin:cog")
class SystemView extends Main implements HasDynamicTitle {

    SystemView(SystemStatusService service) {
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
        add(new H1(getTranslation("system.heading")), facts);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.heading") + " – Tavla";
    }
}
