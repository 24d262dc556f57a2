package no.tavla.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;

import no.tavla.organisation.Recipients;
import no.tavla.shared.Language;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.Translations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The link in every e-mail, without sign-in. Opening it only asks (mail scanners open links by themselves); the
 * button, or a mail client's one-click request (RFC 8058: a POST with {@code List-Unsubscribe=One-Click}), turns
 * e-mail at once off for the person the link was signed for, and for nobody else. An invalid link changes nothing
 * and says so.
 */
@RestController
class UnsubscribeEndpoint {

    private final NotificationPreferences preferences;
    private final UnsubscribeLinks links;
    private final Recipients recipients;
    private final Translations translations;
    private final MunicipalityProperties municipality;

    UnsubscribeEndpoint(NotificationPreferences preferences, UnsubscribeLinks links, Recipients recipients,
                        Translations translations, MunicipalityProperties municipality) {
        this.preferences = preferences;
        this.links = links;
        this.recipients = recipients;
        this.translations = translations;
        this.municipality = municipality;
    }

    @GetMapping(value = UnsubscribeLinks.PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ask(@PathVariable String token) {
        if (!preferences.isValidLink(token)) {
            return invalid();
        }
        Language language = languageOf(token);
        String form = "<form method=\"post\" action=\"" + UnsubscribeLinks.PATH + HtmlUtils.htmlEscape(token, "UTF-8") + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">" + t(language, "unsubscribe.confirm") + "</button></form>";
        return page(200, language, t(language, "unsubscribe.heading"),
                "<p>" + t(language, "unsubscribe.ask") + "</p>" + form);
    }

    @PostMapping(value = UnsubscribeLinks.PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        if (!preferences.unsubscribe(token)) {
            return invalid();
        }
        Language language = languageOf(token);
        return page(200, language, t(language, "unsubscribe.done.heading"),
                "<p role=\"status\">" + t(language, "unsubscribe.done") + "</p>");
    }

    private ResponseEntity<String> invalid() {
        return page(404, Language.DEFAULT, t(Language.DEFAULT, "unsubscribe.invalid.heading"),
                "<p>" + t(Language.DEFAULT, "unsubscribe.invalid") + "</p><p lang=\"en\">"
                        + t(Language.ENGLISH, "unsubscribe.invalid") + "</p>");
    }

    private Language languageOf(String token) {
        return links.personOf(token).stream().boxed()
                .map(person -> recipients.contacts(List.of(person)).get(person))
                .filter(java.util.Objects::nonNull).map(Recipients.Recipient::language).findFirst()
                .orElse(Language.DEFAULT);
    }

    private ResponseEntity<String> page(int status, Language language, String heading, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + heading + " – " + HtmlUtils.htmlEscape(municipality.name(), "UTF-8") + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}button{font:inherit;padding:.5rem 1rem;background:#0b4f9c;"
                + "color:#fff;border:0;border-radius:4px;cursor:pointer}button:focus-visible{outline:3px solid"
                + " #1a1a1a;outline-offset:2px}</style></head><body><header><p>"
                + HtmlUtils.htmlEscape(municipality.name(), "UTF-8") + " · Tavla</p></header><main><h1>" + heading + "</h1>"
                + body + "</main></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .header("Cache-Control", "no-store")
                .body(html);
    }

    private String t(Language language, String key) {
        return HtmlUtils.htmlEscape(translations.text(key, language.locale()), "UTF-8");
    }
}
