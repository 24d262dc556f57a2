package no.tavla.access.internal;

import java.time.Duration;

import no.tavla.shared.ConfigurationProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long sessions live.
 *
 * @param maxAge        the longest a sign-in lasts, however busy ({@code TAVLA_SESSION_MAX_AGE}, 12 h): then the
 *                      person signs in again, and the identity provider's decisions count anew
 * @param idle          how long a signed-in session lives unused ({@code TAVLA_SESSION_IDLE}, 8 h)
 * @param anonymousIdle how long a session lives unused before anyone signed in (a sign-in under way, a staff-room
 *                      screen whose page is gone): 10 minutes
 */
@ConfigurationProperties("tavla.session")
record SessionProperties(@DefaultValue("PT12H") Duration maxAge, @DefaultValue("PT8H") Duration idle,
                         @DefaultValue("PT10M") Duration anonymousIdle) {

    SessionProperties {
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.compareTo(Duration.ofDays(7)) > 0) {
            throw new ConfigurationProblem("TAVLA_SESSION_MAX_AGE", "must be positive and at most 7 days, not "
                    + maxAge, "Give a duration such as PT12H (12 hours).");
        }
        if (idle.isNegative() || idle.isZero() || idle.compareTo(maxAge) > 0) {
            throw new ConfigurationProblem("TAVLA_SESSION_IDLE", "must be positive and at most TAVLA_SESSION_MAX_AGE,"
                    + " not " + idle, "Give a duration such as PT8H (8 hours).");
        }
    }
}
