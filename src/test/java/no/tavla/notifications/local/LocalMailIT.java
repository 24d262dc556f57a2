package no.tavla.notifications.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.mail.internet.MimeMessage;
import no.tavla.support.TavlaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The local profile's mail server receives real SMTP, and its page shows what came, only to someone signed in. */
@TavlaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tavla.notifications.check=PT24H", "tavla.notifications.first-check=PT24H", "tavla.notifications.attempts=3"})
class LocalMailIT {

    @LocalServerPort
    int port;
    @Autowired
    LocalMailServer server;
    @Autowired
    JavaMailSender sender;
    @Autowired
    LocalMailEndpoint endpoint;
    @Autowired
    LocalSmsEndpoint smsEndpoint;
    @Autowired
    LocalSmsGateway sms;
    @Autowired
    no.tavla.notifications.sms.SmsGateway gateway;

    @Test
    void whatTavlaSendsArrivesAndShowsOnTheLocalPage() throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("tavla@demo.kommune.example");
        helper.setTo("kari.local@demo.kommune.example");
        String subject = "Prøve <b>" + java.util.UUID.randomUUID() + "</b>";
        helper.setSubject(subject);
        helper.setText("Ren tekst", "<p>HTML-delen</p><img src=\"cid:logo@tavla\" alt=\"\">");
        helper.addInline("logo@tavla", new org.springframework.core.io.ByteArrayResource(new byte[] {(byte) 0x89, 'P',
                'N', 'G'}), "image/png");
        sender.send(message);

        assertThat(server.messages()).anySatisfy(received -> assertThat(received.getSubject()).isEqualTo(subject));
        String page = endpoint.list().getBody();
        assertThat(page).contains("<html lang=\"nb\">").contains("E-post fra Tavla (lokal e-posttjener)")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(subject, "UTF-8"))
                .doesNotContain("<b>");
        int index = server.messages().size() - 1;
        assertThat(endpoint.message(String.valueOf(index)).getBody()).as("the logo the message carries, shown")
                .isEqualTo("<p>HTML-delen</p><img src=\"data:image/png;base64,iVBORw==\" alt=\"\">");
        assertThat(endpoint.message(String.valueOf(index)).getHeaders().getFirst("Content-Security-Policy"))
                .contains("sandbox").contains("img-src data:");
        assertThat(endpoint.text(String.valueOf(index)).getBody()).isEqualTo("Ren tekst");
        assertThat(endpoint.message("999999").getStatusCode().value()).isEqualTo(404);
        assertThat(endpoint.message("../etc").getStatusCode().value()).isEqualTo(404);

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/local/mail")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("only for someone signed in").isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain(subject);
    }

    @Test
    void theRealAdapterSendsToTheLocalGatewayAndItsPageShowsWhatCame() throws Exception {
        String text = "Prøve <b> " + java.util.UUID.randomUUID();
        no.tavla.notifications.sms.SmsGateway.Sent sent = gateway.send("+4791234567", text, "test-1");
        assertThat(sent.costUnits()).isEqualTo(1);
        assertThat(sms.received()).anySatisfy(received -> {
            assertThat(received.text()).isEqualTo(text);
            assertThat(received.messageId()).isEqualTo(sent.reference());
            assertThat(received.reference()).isEqualTo("test-1");
        });
        assertThat(smsEndpoint.list().getBody()).contains("SMS fra Tavla (lokal SMS-tjeneste)").contains("+4791234567")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8")).doesNotContain("<b>");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/local/sms")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("only for someone signed in").isIn(302, 401, 403);
        HttpResponse<String> noPassword = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sms.url() + "/sms/send")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noPassword.statusCode()).as("the stand-in asks for the account as the gateway does").isEqualTo(401);
    }
}
