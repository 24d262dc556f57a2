package no.tavla.notifications.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The local profile sends to its own mail server unless a real one is set ({@code SPRING_MAIL_HOST}). It listens on
 * 127.0.0.1 only, at {@code TAVLA_LOCAL_MAIL_PORT} (8025; 0 in the tests: a free port), and keeps what it receives in
 * memory until Tavla stops.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class LocalMailConfiguration {

    @Bean(destroyMethod = "stop")
    LocalMailServer localMailServer(Environment environment) {
        int port = environment.getProperty("tavla.local.mail-port", Integer.class, 8025);
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        // GreenMail parses what it receives with Jakarta Mail too
        no.tavla.notifications.mail.MailStreams.named();
        GreenMail server = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
        server.start();
        return new LocalMailServer(server);
    }

    @Bean
    JavaMailSenderImpl mailSender(LocalMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
