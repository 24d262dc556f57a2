package no.tavla.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.news.ChannelForecast;
import no.tavla.news.ItemKind;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.Recipients;
import no.tavla.organisation.Role;
import org.springframework.stereotype.Component;

/**
 * How an item would reach its audience, by the same rules as the notifications it would send
 * ({@link ReleaseNotifications}): the write page says it before the item is published.
 */
@Component
class ChannelCounts implements ChannelForecast {

    private final Recipients recipients;
    private final PreferenceStore preferences;
    private final MailSetup mail;
    private final SmsSetup sms;

    ChannelCounts(Recipients recipients, PreferenceStore preferences, MailSetup mail, SmsSetup sms) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.mail = mail;
        this.sms = sms;
    }

    @Override
    public Channels forecast(boolean wholeMunicipality, Set<Long> units, Set<Role> roles, ItemKind kind) {
        List<Recipients.Reach> audience = recipients.reach(wholeMunicipality, units, roles);
        Map<Long, Choices> chosen = preferences.of(audience.stream().map(Recipients.Reach::personId).toList());
        int screen = 0;
        int atOnce = 0;
        int digest = 0;
        int texted = 0;
        int paper = 0;
        for (Recipients.Reach person : audience) {
            Choices choices = chosen.getOrDefault(person.personId(), Choices.DEFAULT);
            boolean byEmailAtOnce = mail.isOn() && choices.emailAtOnce(kind, person.hasEmail());
            boolean inDigest = mail.isOn() && choices.inDigest(kind, person.hasEmail());
            boolean bySms = sms.isOn() && choices.bySms(kind, person.hasEmail(), person.hasWorkComputer(),
                    person.mobile());
            screen += person.hasWorkComputer() ? 1 : 0;
            atOnce += byEmailAtOnce ? 1 : 0;
            digest += inDigest ? 1 : 0;
            texted += bySms ? 1 : 0;
            paper += !person.hasWorkComputer() && !byEmailAtOnce && !inDigest && !bySms ? 1 : 0;
        }
        return new Channels(screen, atOnce, digest, texted, paper);
    }
}
