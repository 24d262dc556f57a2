package no.tavla.notifications.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /local/mail}: what the local mail server received, newest first, for whoever is signed in to the local
 * profile (a development instance on loopback). Each message opens as its HTML part, sandboxed: no script, nothing
 * loaded, as a mail client would show it.
 */
@RestController
@Profile("local")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class LocalMailEndpoint {

    private final LocalMailServer server;
    private final Translations translations;

    LocalMailEndpoint(LocalMailServer server, Translations translations) {
        this.server = server;
        this.translations = translations;
    }

    @GetMapping(value = "/local/mail", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list() throws MessagingException {
        List<MimeMessage> messages = server.messages();
        StringBuilder rows = new StringBuilder();
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            rows.append("<tr><td>").append(escape(message.getSentDate() == null ? "–"
                            : TavlaTime.dateTime(message.getSentDate().toInstant(), locale()))).append("</td><td>")
                    .append(escape(String.join(", ", java.util.Arrays.stream(message.getAllRecipients())
                            .map(Object::toString).toList()))).append("</td><td><a href=\"/local/mail/").append(i)
                    .append("\">").append(escape(message.getSubject())).append("</a> (<a href=\"/local/mail/")
                    .append(i).append("/text\">").append(t("local.mail.text")).append("</a>)</td></tr>");
        }
        String body = messages.isEmpty() ? "<p>" + t("local.mail.none") + "</p>"
                : "<table><caption>" + t("local.mail.count", messages.size()) + "</caption><thead><tr><th scope=\"col\">"
                + t("local.mail.sent") + "</th><th scope=\"col\">" + t("local.mail.to") + "</th><th scope=\"col\">"
                + t("local.mail.subject") + "</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return html(LocalPage.html(t("local.mail.heading"), t("local.mail.help", server.port()), body,
                t("local.mail.back")), false);
    }

    @GetMapping(value = "/local/mail/{index}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> message(@PathVariable String index) throws MessagingException, IOException {
        MimeMessage message = find(index);
        String html = message == null ? null : LocalMailServer.part(message, "text/html");
        return html == null ? ResponseEntity.notFound().build() : html(LocalMailServer.inlined(message, html), true);
    }

    @GetMapping(value = "/local/mail/{index}/text", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> text(@PathVariable String index) throws MessagingException, IOException {
        MimeMessage message = find(index);
        String text = message == null ? null : LocalMailServer.part(message, "text/plain");
        return text == null ? ResponseEntity.notFound().build() : ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text);
    }

    private MimeMessage find(String index) {
        List<MimeMessage> messages = server.messages();
        if (!index.matches("\\d{1,6}") || Integer.parseInt(index) >= messages.size()) {
            return null;
        }
        return messages.get(Integer.parseInt(index));
    }

    private static ResponseEntity<String> html(String html, boolean sandboxed) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", sandboxed
                        ? "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
                        : "default-src 'none'; style-src 'unsafe-inline'")
                .header("Cache-Control", "no-store").body(html);
    }

    private static Locale locale() {
        return Language.DEFAULT.locale();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private String t(String key, Object... params) {
        return escape(translations.text(key, locale(), params));
    }
}
