package no.tavla.notifications.local;

import no.tavla.notifications.sms.LinkMobilityGateway;
import no.tavla.notifications.sms.SmsGateway;
import no.tavla.notifications.sms.SmsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The local profile sends SMS to its own stand-in for LINK Mobility unless a real account is set
 * ({@code TAVLA_SMS_USERNAME}), through the real adapter. On 127.0.0.1 at {@code TAVLA_LOCAL_SMS_PORT} (8095; 0 in
 * the tests).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnExpression("'${tavla.sms.username:}'.isEmpty()")
class LocalSmsConfiguration {

    @Bean(destroyMethod = "stop")
    LocalSmsGateway localSmsGateway(Environment environment) {
        return LocalSmsGateway.start(environment.getProperty("tavla.local.sms-port", Integer.class, 8095));
    }

    @Bean
    SmsGateway smsGateway(LocalSmsGateway local) {
        return new LinkMobilityGateway(new SmsProperties(local.url(), LocalSmsGateway.USERNAME,
                LocalSmsGateway.PASSWORD, "COMMON_API", LocalSmsGateway.PARTNER, "Demo"));
    }
}
