package no.tavla.notifications.mail;

import java.util.Locale;

import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisMessages;
import no.tavla.shared.Language;
import no.tavla.shared.Translations;
import org.jsoup.nodes.Element;

/**
 * A crisis message as an e-mail, in the reader's language: what it was switched on with, an update, or the closing
 * message, with a link to the crisis page where they confirm they have read it. A drill says ØVELSE in its subject and
 * above everything. The words are the crisis staff's plain text, escaped.
 */
public final class CrisisMail {

    private final Translations translations;
    private final String municipality;
    private final String baseUrl;
    private final boolean logo;

    public CrisisMail(Translations translations, String municipality, String baseUrl, boolean logo) {
        this.translations = translations;
        this.municipality = municipality;
        this.baseUrl = baseUrl;
        this.logo = logo;
    }

    /** @param words the part's words: the message, the update or the closing message */
    public ItemMail.Rendered render(Crisis crisis, CrisisMessages.Part part, String words, Language language) {
        Locale locale = language.locale();
        String drill = crisis.drill() ? t(locale, "mail.crisis.drill.mark") + ": " : "";
        String subject = drill + t(locale, "mail.crisis.subject." + part.name(), crisis.title());
        String url = baseUrl + "/crisis/" + crisis.id();
        MailPage page = new MailPage(language, subject, crisis.title(), municipality, logo);
        Element main = page.main();
        if (crisis.drill()) {
            main.appendElement("p").attr("style", "margin:12px 0 0;padding:8px 12px;background:#fff4ce;"
                    + "border-left:4px solid #8a6d00;font-weight:bold;").text(t(locale, "mail.crisis.drill"));
        }
        main.appendElement("p").attr("style", "margin:12px 0 0;font-size:14px;font-weight:bold;color:#a4262c;")
                .text(t(locale, "mail.crisis.kind." + part.name()));
        main.appendElement("h1").attr("style", "font-size:26px;line-height:1.25;margin:4px 0 12px;")
                .text(crisis.title());
        for (String paragraph : words.split("\\R\\s*\\R")) {
            Element p = main.appendElement("p").attr("style", "margin:0 0 12px;");
            String[] lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i]);
            }
        }
        page.action(url, t(locale, part == CrisisMessages.Part.OFF ? "mail.crisis.open.off" : "mail.crisis.open"));
        String why = t(locale, "mail.crisis.why");
        String html = page.html(why, baseUrl + "/profile", t(locale, "mail.settings"));
        StringBuilder text = new StringBuilder(municipality).append(" · Tavla\n\n");
        if (crisis.drill()) {
            text.append(t(locale, "mail.crisis.drill")).append("\n\n");
        }
        text.append(t(locale, "mail.crisis.kind." + part.name())).append("\n\n")
                .append(crisis.title().toUpperCase(locale)).append("\n\n").append(words.strip()).append("\n\n")
                .append(t(locale, part == CrisisMessages.Part.OFF ? "mail.crisis.open.off" : "mail.crisis.open"))
                .append(": ").append(url).append("\n\n-- \n").append(why).append('\n');
        return new ItemMail.Rendered(subject, html, text.toString());
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.text(key, locale, arguments);
    }
}
