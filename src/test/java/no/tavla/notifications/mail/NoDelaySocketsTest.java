package no.tavla.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;

import javax.net.SocketFactory;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP senders get sockets that send at once; one that names its own socket factory, or uses SMTPS, is left alone. */
class NoDelaySocketsTest {

    @Test
    void anSmtpSenderGetsSocketsWithNoDelay() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        new NoDelaySockets().postProcessBeforeInitialization(sender, "mailSender");
        Object factory = sender.getJavaMailProperties().get("mail.smtp.socketFactory");
        assertThat(factory).isInstanceOf(SocketFactory.class);
        try (ServerSocket server = new ServerSocket(0);
             Socket socket = ((SocketFactory) factory).createSocket("127.0.0.1", server.getLocalPort())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void anSmtpsSenderOrOneWithItsOwnFactoryIsLeftAlone() {
        JavaMailSenderImpl smtps = new JavaMailSenderImpl();
        smtps.setProtocol("smtps");
        new NoDelaySockets().postProcessBeforeInitialization(smtps, "mailSender");
        assertThat(smtps.getJavaMailProperties()).doesNotContainKey("mail.smtp.socketFactory");
        JavaMailSenderImpl own = new JavaMailSenderImpl();
        own.getJavaMailProperties().put("mail.smtp.socketFactory.class", "com.example.Factory");
        new NoDelaySockets().postProcessBeforeInitialization(own, "mailSender");
        assertThat(own.getJavaMailProperties()).doesNotContainKey("mail.smtp.socketFactory");
    }
}
