package no.tavla.news.writing;

import java.time.Duration;
import java.time.Instant;

import no.tavla.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Internt først: the public never gets an item before staff have had it for the organisation's lead time. Every path
 * that sets or moves a release (submit, publish, approve, reschedule) asks this rule; news already known outside is
 * exempt, since it is out.
 *
 * @see "docs/decisions/0009-internal-first-and-release-side-effects.md"
 */
@Component
public class InternalFirstPolicy {

    private final PublishingSettings settings;

    InternalFirstPolicy(PublishingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param external      the external release asked for, or null for an internal item
     * @param internal      the internal release it would have
     * @param alreadyPublic the news is already known outside
     * @throws Refusal ({@code news.external.too-early}) naming the lead time in minutes
     */
    public void check(Instant external, Instant internal, boolean alreadyPublic) {
        if (external == null || alreadyPublic) {
            return;
        }
        Duration lead = settings.leadTime();
        if (external.isBefore(internal.plus(lead))) {
            throw new Refusal("news.external.too-early", lead.toMinutes());
        }
    }
}
