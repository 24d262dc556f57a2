package no.tavla.notifications.mail;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import no.tavla.news.Item;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.notifications.Digest;
import no.tavla.shared.Language;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.jsoup.nodes.Element;

/**
 * The digest: one e-mail with every item released to the person since the last one, most important first (must-read,
 * important, then the rest), newest first within each, each with its lead and a link; in the reader's language.
 */
public final class DigestMail {

    private static final Comparator<Item> ORDER = Comparator.<Item>comparingInt(item -> switch (item.kind()) {
        case MUST_READ -> 0;
        case IMPORTANT -> 1;
        case NORMAL -> 2;
    }).thenComparing(Item::releaseAt, Comparator.nullsLast(Comparator.reverseOrder()));

    private final Translations translations;
    private final String municipality;
    private final String baseUrl;
    private final boolean logo;

    /** @param logo whether the e-mail carries the municipality's logo ({@link MailLogo}) */
    public DigestMail(Translations translations, String municipality, String baseUrl, boolean logo) {
        this.logo = logo;
        this.translations = translations;
        this.municipality = municipality;
        this.baseUrl = baseUrl;
    }

    public ItemMail.Rendered render(List<ReleasedItems.Released> released, Digest digest, Language language,
                                    String unsubscribeUrl) {
        Locale locale = language.locale();
        List<Item> items = released.stream().map(ReleasedItems.Released::item).sorted(ORDER).toList();
        String heading = t(locale, "digest.heading." + digest.name());
        String subject = t(locale, "digest.subject", items.size(), heading);
        MailPage page = new MailPage(language, subject, heading, municipality, logo);
        Element main = page.main();
        main.appendElement("h1").attr("style", "font-size:24px;line-height:1.25;margin:12px 0;").text(heading);
        main.appendElement("p").text(t(locale, "digest.intro", items.size()));
        StringBuilder text = new StringBuilder(municipality).append(" · Tavla\n\n").append(heading.toUpperCase(locale))
                .append("\n\n").append(t(locale, "digest.intro", items.size())).append("\n\n");
        for (Item item : items) {
            String url = baseUrl + "/news/" + item.id();
            Element entry = main.appendElement("div").attr("style", "margin:0 0 16px;padding:0 0 12px;"
                    + "border-bottom:1px solid #d0d5dc;");
            String label = item.kind() == ItemKind.NORMAL ? "" : t(locale, "mail.kind." + item.kind().name());
            if (!label.isEmpty()) {
                entry.appendElement("p").attr("style", "margin:0;font-size:14px;font-weight:bold;").text(label);
            }
            entry.appendElement("h2").attr("style", "font-size:19px;line-height:1.3;margin:2px 0 4px;")
                    .appendElement("a").attr("href", url).attr("style", MailPage.LINK).text(item.title());
            String meta = item.unitName() + (item.releaseAt() == null ? ""
                    : " · " + TavlaTime.dateTime(item.releaseAt(), locale));
            entry.appendElement("p").attr("style", "margin:0 0 4px;font-size:14px;").text(meta);
            if (item.lead() != null && !item.lead().isBlank()) {
                entry.appendElement("p").attr("style", "margin:0;").text(item.lead());
            }
            text.append(label.isEmpty() ? "" : label + ": ").append(item.title()).append('\n').append(meta).append('\n');
            if (item.lead() != null && !item.lead().isBlank()) {
                text.append(item.lead()).append('\n');
            }
            text.append(url).append("\n\n");
        }
        page.action(baseUrl + "/", t(locale, "digest.open"));
        String why = t(locale, "digest.why." + digest.name());
        String html = page.html(why, unsubscribeUrl, t(locale, "mail.unsubscribe"), baseUrl + "/profile",
                t(locale, "mail.settings"));
        text.append(t(locale, "digest.open")).append(": ").append(baseUrl).append("/\n\n-- \n").append(why)
                .append('\n').append(t(locale, "mail.unsubscribe")).append(": ").append(unsubscribeUrl).append('\n')
                .append(t(locale, "mail.settings")).append(": ").append(baseUrl).append("/profile\n");
        return new ItemMail.Rendered(subject, html, text.toString());
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.text(key, locale, params);
    }
}
