package no.tavla.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import no.tavla.access.ApiTokens;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** API tokens: an administrator makes one, sees it once, and revokes it; nobody else opens the page. */
class ApiTokensViewIT extends KaribuViewTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void anAdministratorMakesATokenSeesItOnceAndRevokesIt() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/api-tokens");
        _setValue(_get(TextField.class, spec -> spec.withoutClasses("tavla-search-box")), "Karibu-synk");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-token-create")));
        String secret = _get(Span.class, spec -> spec.withClasses("tavla-token-secret")).getText();
        assertThat(secret).startsWith("tavla_");
        assertThat(tokens.authenticate(secret)).contains("Karibu-synk");
        assertThat(PageText.of(UI.getCurrent())).contains("Karibu-synk").contains("aldri brukt");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Trekk tilbake Karibu-synk")));
        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void aTokenWithoutANameIsExplained() {
        signInAsAdmin();
        UI.getCurrent().navigate("admin/api-tokens");
        _click(_get(Button.class, spec -> spec.withClasses("tavla-token-create")));
        TextField name = _get(TextField.class, spec -> spec.withoutClasses("tavla-search-box"));
        assertThat(name.isInvalid()).as("the refusal is on the field it concerns").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Gi nøkkelen et navn som sier hva den brukes til.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tavla-problem")).getText()).isEmpty();
    }

    @Test
    void nobodyButAdministratorsOpensIt() {
        signInAs("demo-ingrid", "Ingrid Solheim", "COMMUNICATIONS");
        UI.getCurrent().navigate("admin/api-tokens");
        _assertNone(ApiTokensView.class);
        signInAsEmployee();
        UI.getCurrent().navigate("admin/api-tokens");
        _assertNone(ApiTokensView.class);
    }
}
