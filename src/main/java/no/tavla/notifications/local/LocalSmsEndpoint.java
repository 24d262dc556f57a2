package no.tavla.notifications.local;

import java.nio.charset.StandardCharsets;
import java.util.List;

import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** {@code /local/sms}: what the local SMS gateway received, newest first, for whoever is signed in (local profile). */
@RestController
@Profile("local")
@ConditionalOnExpression("'${tavla.sms.username:}'.isEmpty()")
class LocalSmsEndpoint {

    private final LocalSmsGateway gateway;
    private final Translations translations;

    LocalSmsEndpoint(LocalSmsGateway gateway, Translations translations) {
        this.gateway = gateway;
        this.translations = translations;
    }

    @GetMapping(value = "/local/sms", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> list() {
        List<LocalSmsGateway.Received> received = gateway.received();
        StringBuilder rows = new StringBuilder();
        for (int i = received.size() - 1; i >= 0; i--) {
            LocalSmsGateway.Received sms = received.get(i);
            rows.append("<tr><td>").append(escape(TavlaTime.dateTime(sms.at(), Language.DEFAULT.locale())))
                    .append("</td><td>").append(escape(sms.destination())).append("</td><td>")
                    .append(escape(sms.source())).append("</td><td>").append(escape(sms.text())).append("</td></tr>");
        }
        String body = received.isEmpty() ? "<p>" + t("local.sms.none") + "</p>"
                : "<table><caption>" + t("local.sms.count", received.size()) + "</caption><thead><tr>"
                + "<th scope=\"col\">" + t("local.mail.sent") + "</th><th scope=\"col\">" + t("local.mail.to")
                + "</th><th scope=\"col\">" + t("local.sms.from") + "</th><th scope=\"col\">" + t("local.sms.text")
                + "</th></tr></thead><tbody>" + rows + "</tbody></table>";
        String html = LocalPage.html(t("local.sms.heading"), t("local.sms.help", gateway.port()), body,
                t("local.mail.back"));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Cache-Control", "no-store").body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private String t(String key, Object... params) {
        return escape(translations.text(key, Language.DEFAULT.locale(), params));
    }
}
