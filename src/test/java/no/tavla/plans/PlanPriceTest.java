package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.tavla.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A budget price is written the ways people write kroner, and is whole kroner or refused. */
class PlanPriceTest {

    @ParameterizedTest
    @ValueSource(strings = {"12500", "12 500", "12\u00a0500", "12.500", "12 500 kr", "12500kr", "12 500,-",
            "12 500,00", "12500 NOK", " 12 500 "})
    void theWaysPeopleWriteKronerAreTheSamePrice(String written) {
        assertThat(Plans.price(written)).isEqualTo(12_500L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tolv tusen", "12,5", "1e4", "12 500,50", "1234567890123", "kr"})
    void whatIsNotWholeKronerIsRefused(String written) {
        assertThatThrownBy(() -> Plans.price(written)).isInstanceOf(Refusal.class)
                .hasMessage("plans.budget.price.number");
    }

    @Test
    void nothingWrittenIsNoPrice() {
        assertThat(Plans.price("  ")).isNull();
        assertThat(Plans.price(null)).isNull();
    }
}
