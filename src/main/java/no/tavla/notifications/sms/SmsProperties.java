package no.tavla.notifications.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway's account ({@code TAVLA_SMS_*}); without a user name Tavla sends no SMS.
 *
 * @param url               LINK Mobility's API, e.g. {@code https://n-eu.linkmobility.io}
 * @param platformId        given by LINK Mobility ({@code COMMON_API} for most accounts)
 * @param platformPartnerId given by LINK Mobility for the municipality's account
 * @param sender            what phones show as the sender: up to 11 letters and digits, e.g. {@code Kommunen}
 */
@ConfigurationProperties("tavla.sms")
public record SmsProperties(
        @DefaultValue("https://n-eu.linkmobility.io") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("COMMON_API") String platformId,
        @DefaultValue("") String platformPartnerId,
        @DefaultValue("Tavla") String sender) {

    public SmsProperties {
        url = url == null ? "" : url.strip().replaceAll("/+$", "");
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        platformPartnerId = platformPartnerId == null ? "" : platformPartnerId.strip();
        sender = sender == null || sender.isBlank() ? "Tavla" : sender.strip();
    }

    public boolean configured() {
        return !username.isEmpty();
    }
}
