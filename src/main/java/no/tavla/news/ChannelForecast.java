package no.tavla.news;

import java.util.Set;

import no.tavla.organisation.Role;

/**
 * How an item would reach its audience, channel by channel, before it is published: a question the news module asks
 * and the notifications module answers (it knows who chose what), so the write page can say it.
 */
public interface ChannelForecast {

    /**
     * How many people each channel reaches; one person may be reached on several.
     *
     * @param screen      have a work PC: the feed and the bell
     * @param emailAtOnce get it by e-mail when it is released
     * @param digest      get it in their next digest
     * @param sms         get it by SMS
     * @param paper       no channel at all: a printed notice, followed up by their manager
     */
    record Channels(int screen, int emailAtOnce, int digest, int sms, int paper) {
    }

    /** @param units the audience's units, already with their sub-units (ignored for the whole municipality) */
    Channels forecast(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, ItemKind kind);
}
