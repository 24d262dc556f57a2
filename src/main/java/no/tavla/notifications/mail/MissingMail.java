package no.tavla.notifications.mail;

import java.util.List;
import java.util.Locale;

import no.tavla.news.Item;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.jsoup.nodes.Element;

/**
 * A manager's e-mail when a must-read item's deadline has passed: who of their own staff has not confirmed it, by
 * name (only their own managers are told, as the reach page shows them), with the item's reach page and its sign-off
 * sheet one click away.
 */
public final class MissingMail {

    private final Translations translations;
    private final String municipality;
    private final String baseUrl;
    private final boolean logo;

    /** @param logo whether the e-mail carries the municipality's logo ({@link MailLogo}) */
    public MissingMail(Translations translations, String municipality, String baseUrl, boolean logo) {
        this.logo = logo;
        this.translations = translations;
        this.municipality = municipality;
        this.baseUrl = baseUrl;
    }

    /** @param names the staff still missing, as they were when the deadline passed */
    public ItemMail.Rendered render(Item item, List<String> names, Language language, String unsubscribeUrl) {
        Locale locale = language.locale();
        String deadline = item.confirmBy() == null ? "" : TavlaTime.dateTime(item.confirmBy(), locale);
        String subject = t(locale, "mail.subject.missing", item.title());
        String reachUrl = baseUrl + "/reach/" + item.id();
        String sheetUrl = baseUrl + "/notices/" + item.id() + ".pdf?lang=" + language.tag();
        String said = t(locale, "mail.missing", names.size(), item.title(), deadline);

        MailPage page = new MailPage(language, subject, item.title(), municipality, logo);
        Element main = page.main();
        main.appendElement("h1").attr("style", "font-size:24px;line-height:1.25;margin:12px 0;").text(subject);
        main.appendElement("p").text(said);
        Element list = main.appendElement("ul");
        names.forEach(name -> list.appendElement("li").text(name));
        main.appendElement("p").text(t(locale, "mail.missing.sheet"));
        page.action(reachUrl, t(locale, "mail.missing.open"));
        main.appendElement("p").appendElement("a").attr("href", sheetUrl).attr("style", MailPage.LINK)
                .text(t(locale, "mail.missing.print"));
        String why = t(locale, "mail.why.missing");
        String html = page.html(why, unsubscribeUrl, t(locale, "mail.unsubscribe"), baseUrl + "/profile",
                t(locale, "mail.settings"));

        StringBuilder text = new StringBuilder();
        text.append(municipality).append(" · Tavla\n\n").append(subject.toUpperCase(locale)).append("\n\n")
                .append(said).append("\n\n");
        names.forEach(name -> text.append("- ").append(name).append('\n'));
        text.append('\n').append(t(locale, "mail.missing.sheet")).append("\n\n")
                .append(t(locale, "mail.missing.open")).append(": ").append(reachUrl).append('\n')
                .append(t(locale, "mail.missing.print")).append(": ").append(sheetUrl).append("\n\n-- \n")
                .append(why).append('\n')
                .append(t(locale, "mail.unsubscribe")).append(": ").append(unsubscribeUrl).append('\n')
                .append(t(locale, "mail.settings")).append(": ").append(baseUrl).append("/profile\n");
        return new ItemMail.Rendered(subject, html, text.toString());
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.text(key, locale, args);
    }
}
