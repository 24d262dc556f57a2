package no.tavla.notifications;

import java.util.Optional;

import no.tavla.notifications.sms.SmsGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether Tavla sends SMS: when a gateway is configured ({@code TAVLA_SMS_USERNAME}, or the local profile's own). */
@Component
public class SmsSetup {

    private final Optional<SmsGateway> gateway;

    SmsSetup(ObjectProvider<SmsGateway> gateway, NotificationProperties properties) {
        this.gateway = Optional.ofNullable(gateway.getIfAvailable());
        if (this.gateway.isPresent()) {
            MailSetup.checkBaseUrl(properties);
        }
    }

    public boolean isOn() {
        return gateway.isPresent();
    }

    Optional<SmsGateway> gateway() {
        return gateway;
    }
}
