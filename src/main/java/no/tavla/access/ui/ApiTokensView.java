package no.tavla.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.tavla.shared.ui.FieldProblems;
import no.tavla.shared.ui.Forms;
import no.tavla.access.ApiToken;
import no.tavla.access.ApiTokens;
import no.tavla.access.TavlaRoles;
import no.tavla.shared.Refusal;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.PageBean;

/** API tokens for machines such as the nightly HR sync: made here, shown once, revoked here. Administrators only. */
@PageBean
@Route("admin/api-tokens")
@RolesAllowed(TavlaRoles.ADMIN)
@Menu(order = 120, title = "nav.api-tokens", icon = "vaadin:key")
class ApiTokensView extends Main implements HasDynamicTitle {

    private final transient ApiTokens tokens;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph problem = Forms.problemLine();
    private final FieldProblems problems = new FieldProblems(problem);

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("tavla-page");
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setMaxLength(100);
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setWidthFull();
        problems.field("tokens.name", name);
        Button create = new Button(getTranslation("tokens.create"), e -> create(name));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("tavla-token-create");
        list.addClassName("tavla-tokens");
        add(new H1(getTranslation("tokens.heading")), new Paragraph(getTranslation("tokens.intro")),
                name, create, problem, new H2(getTranslation("tokens.list")), list);
        refresh();
    }

    void create(TextField name) {
        try {
            String secret = tokens.create(name.getValue());
            name.clear();
            problems.clear();
            refresh();
            Dialog shown = new Dialog();
            shown.setHeaderTitle(getTranslation("tokens.created.heading"));
            Span value = new Span(secret);
            value.addClassName("tavla-token-secret");
            shown.add(new Paragraph(getTranslation("tokens.created.text")), new Paragraph(value));
            shown.getFooter().add(new Button(getTranslation("tokens.created.close"), e -> shown.close()));
            shown.open();
        } catch (Refusal refusal) {
            problems.show(refusal);
        }
    }

    private void refresh() {
        list.removeAll();
        for (ApiToken token : tokens.list()) {
            Div facts = new Div(new Span(token.name()), new Span(" · " + getTranslation("tokens.made",
                    token.createdBy(), TavlaTime.dateTime(token.createdAt(), getLocale()))),
                    new Span(" · " + (token.lastUsedAt() == null ? getTranslation("tokens.never-used")
                            : getTranslation("tokens.used", TavlaTime.dateTime(token.lastUsedAt(), getLocale())))));
            ListItem item = new ListItem(facts);
            if (token.active()) {
                Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                    tokens.revoke(token.id());
                    refresh();
                });
                revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                revoke.getElement().setAttribute("aria-label", getTranslation("tokens.revoke.named", token.name()));
                item.add(revoke);
            } else {
                item.add(new Span(" · " + getTranslation("tokens.revoked")));
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("tokens.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.heading") + " – Tavla";
    }
}
