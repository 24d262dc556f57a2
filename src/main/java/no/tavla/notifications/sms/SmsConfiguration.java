package no.tavla.notifications.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway of the municipality's account, when {@code TAVLA_SMS_USERNAME} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    @ConditionalOnExpression("!'${tavla.sms.username:}'.isEmpty()")
    SmsGateway smsGateway(SmsProperties properties) {
        return new LinkMobilityGateway(properties);
    }
}
