package no.tavla.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.Refusal;
import org.junit.jupiter.api.Test;

/** Whom to call, one line each: "name; role; number" or "name; number", and nothing else. */
class PreparednessTest {

    @Test
    void aLineHasANameMaybeARoleAndANumber() {
        assertThat(Crises.contact("Kriseledelsen; vakttelefon; 900 00 000", 1))
                .isEqualTo(new Preparedness.Contact("Kriseledelsen", "vakttelefon", "900 00 000"));
        assertThat(Crises.contact(" Ordføreren ;+47 91-23-45-67", 2))
                .isEqualTo(new Preparedness.Contact("Ordføreren", null, "+47 91 23 45 67"));
        assertThat(Crises.contact("Nødnummer brann; 110", 3).phone()).isEqualTo("110");
    }

    @Test
    void aLineThatIsNotOneIsRefusedByItsNumber() {
        for (String line : new String[] {"Bare et navn", "; 900 00 000", "Navn; rolle; ikke et nummer",
                "Navn; javascript:alert(1)", "Navn; a; b; 900", "Navn; 1234567890123456789"}) {
            assertThatThrownBy(() -> Crises.contact(line, 7)).as(line).isInstanceOf(Refusal.class)
                    .hasMessage("crisis.contacts.line");
        }
    }

    @Test
    void theDemosPlanAndNumbersAreWhatTheCrisisStaffCouldHaveWritten() {
        Preparedness demo = no.tavla.crisis.internal.DemoPreparedness.DEMO;
        assertThat(demo.planUrl()).startsWith("/");
        assertThat(demo.contacts()).hasSizeBetween(1, Crises.MAX_CONTACTS).allSatisfy(contact -> assertThat(
                Crises.contact(contact.name() + (contact.role() == null ? "" : "; " + contact.role()) + "; "
                        + contact.phone(), 1)).isEqualTo(contact));
    }
}
