package no.tavla.plans;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plans' settings.
 *
 * @param remindBefore how long before a measure's time its responsible person is reminded (TAVLA_PLANS_REMIND_BEFORE,
 *                     default a day: the day before a staff meeting, there is still time to prepare it)
 */
@ConfigurationProperties("tavla.plans")
public record PlansProperties(Duration remindBefore) {

    public PlansProperties {
        if (remindBefore == null) {
            remindBefore = Duration.ofDays(1);
        }
        if (remindBefore.isNegative() || remindBefore.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("tavla.plans.remind-before must be between 0 and 30 days");
        }
    }
}
