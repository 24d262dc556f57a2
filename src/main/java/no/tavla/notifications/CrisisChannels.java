package no.tavla.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.crisis.CrisisForecast;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.Recipients;
import org.springframework.stereotype.Component;

/**
 * How a crisis would reach its scope: a crisis ignores quiet hours and opt-outs (the preferences page says so), so
 * what counts is what each person can be reached by: a work PC for the banner, a mobile number (HR's, or the one
 * they gave on their profile) for SMS, a work e-mail address; and who has none of these, to print for.
 */
@Component
class CrisisChannels implements CrisisForecast {

    private final Recipients recipients;
    private final PreferenceStore preferences;
    private final MailSetup mail;
    private final SmsSetup sms;

    CrisisChannels(Recipients recipients, PreferenceStore preferences, MailSetup mail, SmsSetup sms) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.mail = mail;
        this.sms = sms;
    }

    @Override
    public Channels forecast(boolean wholeMunicipality, Set<Long> units) {
        List<Recipients.Reach> scope = recipients.reach(wholeMunicipality, units, Set.of());
        Map<Long, Choices> chosen = preferences.of(scope.stream().map(Recipients.Reach::personId).toList());
        int banner = 0;
        int texted = 0;
        int emailed = 0;
        int none = 0;
        for (Recipients.Reach person : scope) {
            boolean bySms = sms.isOn() && chosen.getOrDefault(person.personId(), Choices.DEFAULT)
                    .smsNumberOr(person.mobile()) != null;
            boolean byEmail = mail.isOn() && person.hasEmail();
            banner += person.hasWorkComputer() ? 1 : 0;
            texted += bySms ? 1 : 0;
            emailed += byEmail ? 1 : 0;
            none += !person.hasWorkComputer() && !bySms && !byEmail ? 1 : 0;
        }
        return new Channels(scope.size(), banner, texted, emailed, none);
    }
}
