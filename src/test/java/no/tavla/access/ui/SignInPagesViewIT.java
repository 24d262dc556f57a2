package no.tavla.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import no.tavla.shared.ui.MainLayout;
import no.tavla.support.KaribuViewTest;
import no.tavla.support.PageText;
import org.junit.jupiter.api.Test;

/** The pages around sign-in are open to everyone and stand without the shell. */
class SignInPagesViewIT extends KaribuViewTest {

    private String text() {
        return PageText.of(UI.getCurrent());
    }

    @Test
    void aCancelledSignInSaysSoAndOffersToTryAgain() {
        UI.getCurrent().navigate("sign-in-failed", QueryParameters.of("reason", "cancelled"));
        _assertOne(SignInFailedView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Innloggingen ble ikke fullført");
        assertThat(text()).contains("Du avbrøt innloggingen.");
        assertThat(_get(Anchor.class).getHref()).isEqualTo("oauth2/authorization/tavla");
    }

    @Test
    void anUnreachableIdentityProviderIsExplained() {
        UI.getCurrent().navigate("sign-in-failed", QueryParameters.of("reason", "unavailable"));
        assertThat(text()).contains("Innloggingstjenesten svarer ikke");
    }

    @Test
    void anUnknownReasonInTheAddressShowsTheGeneralMessage() {
        UI.getCurrent().navigate("sign-in-failed", QueryParameters.of("reason", "<script>alert(1)</script>"));
        assertThat(text()).contains("Innloggingen mislyktes").doesNotContain("script");
    }

    @Test
    void theSignedOutPageConfirmsTheSignOut() {
        UI.getCurrent().navigate("signed-out");
        _assertOne(SignedOutView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Du er logget ut");
    }

    @Test
    void theSignInPagesStandWithoutTheShellAlsoForSignedInPeople() {
        signInAsEmployee();
        UI.getCurrent().navigate("signed-out");
        _assertOne(SignedOutView.class);
        assertThat(UI.getCurrent().getChildren().noneMatch(MainLayout.class::isInstance)).isTrue();
    }
}
