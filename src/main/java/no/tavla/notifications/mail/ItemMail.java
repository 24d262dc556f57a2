package no.tavla.notifications.mail;

import java.util.List;
import java.util.Locale;

import no.tavla.news.Item;
import no.tavla.news.ItemFile;
import no.tavla.news.ItemKind;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.shared.Language;
import no.tavla.shared.SafeMarkdown;
import no.tavla.shared.Translations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An item as an e-mail, in the reader's language: the whole item (title, lead, the text as Tavla shows it, images by
 * their texts, attachments as links) and a link to it, as HTML and as plain text. Every address points to Tavla, and
 * nothing is loaded from anywhere: an image in the text becomes its text and a link, since it needs a sign-in anyway.
 * Everything the writer wrote is escaped or sanitised ({@link SafeMarkdown}).
 */
public final class ItemMail {

    /** A rendered e-mail. */
    public record Rendered(String subject, String html, String text) {
    }

    private final Translations translations;
    private final String municipality;
    private final String baseUrl;
    private final boolean logo;

    /** @param logo whether the e-mail carries the municipality's logo ({@link MailLogo}) */
    public ItemMail(Translations translations, String municipality, String baseUrl, boolean logo) {
        this.logo = logo;
        this.translations = translations;
        this.municipality = municipality;
        this.baseUrl = baseUrl;
    }

    public Rendered render(ReleasedItems.Released released, Language language, String unsubscribeUrl) {
        return render(released, language, unsubscribeUrl, null);
    }

    /** @param corrected what a significant correction changed ("" when the writer said nothing); null: a release */
    public Rendered render(ReleasedItems.Released released, Language language, String unsubscribeUrl,
                           String corrected) {
        Item item = released.item();
        Locale locale = language.locale();
        return corrected == null
                ? render(released, language, unsubscribeUrl, t(locale, "mail.subject." + item.kind().name(),
                        item.title()), null)
                : render(released, language, unsubscribeUrl, t(locale, "mail.subject.corrected", item.title()),
                        corrected.isBlank() ? t(locale, "mail.corrected") : t(locale, "mail.corrected.note",
                                corrected));
    }

    /** A must-read item the reader has not confirmed, with its deadline, before it passes. */
    public Rendered reminder(ReleasedItems.Released released, Language language, String unsubscribeUrl) {
        Item item = released.item();
        Locale locale = language.locale();
        String deadline = item.confirmBy() == null ? "" : no.tavla.shared.TavlaTime.dateTime(item.confirmBy(), locale);
        return render(released, language, unsubscribeUrl, t(locale, "mail.subject.reminder", item.title()),
                t(locale, "mail.reminder", deadline));
    }

    /** @param banner said above the item (a correction, a reminder); null for none */
    private Rendered render(ReleasedItems.Released released, Language language, String unsubscribeUrl,
                            String subject, String banner) {
        Item item = released.item();
        Locale locale = language.locale();
        String itemUrl = baseUrl + "/news/" + item.id();
        Element body = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(item.body() == null ? "" : item.body())).body();
        absolute(body);
        List<ItemFile> images = released.files().stream().filter(f -> f.kind() == ItemFile.Kind.IMAGE).toList();
        List<ItemFile> attachments = released.files().stream().filter(f -> f.kind() == ItemFile.Kind.ATTACHMENT)
                .toList();

        MailPage page = new MailPage(language, subject, item.title(), municipality, logo);
        Element main = page.main();
        if (banner != null) {
            main.appendElement("p").attr("style", "margin:12px 0 0;padding:8px 12px;border-left:4px solid "
                    + MailPage.PRIMARY + ";background:#eef3fa;").text(banner);
        }
        main.appendElement("p").attr("style", "margin:12px 0 0;font-size:14px;")
                .text(t(locale, "mail.kind." + item.kind().name()) + " · " + item.unitName());
        // the item's own words in the language they are written in, the frame in the reader's
        String written = item.language().tag();
        main.appendElement("h1").attr("style", "font-size:26px;line-height:1.25;margin:4px 0 12px;").attr("lang",
                written).text(item.title());
        if (item.lead() != null && !item.lead().isBlank()) {
            main.appendElement("p").attr("style", "font-size:18px;font-weight:bold;margin:0 0 12px;").attr("lang",
                    written).text(item.lead());
        }
        Element words = main.appendElement("div").attr("lang", written);
        for (Node node : List.copyOf(body.childNodes())) {
            words.appendChild(node);
        }
        if (!images.isEmpty()) {
            main.appendElement("h2").attr("style", "font-size:20px;").text(t(locale, "mail.images"));
            Element list = main.appendElement("ul");
            images.forEach(image -> list.appendElement("li").appendElement("a").attr("href", baseUrl + image.url())
                    .attr("style", MailPage.LINK).text(altOrName(image)));
        }
        if (!attachments.isEmpty()) {
            main.appendElement("h2").attr("style", "font-size:20px;").text(t(locale, "mail.attachments"));
            Element list = main.appendElement("ul");
            attachments.forEach(file -> list.appendElement("li").appendElement("a")
                    .attr("href", baseUrl + file.url()).attr("style", MailPage.LINK).text(file.fileName()));
        }
        if (item.kind() == ItemKind.MUST_READ) {
            main.appendElement("p").attr("style", "font-weight:bold;").text(t(locale, "mail.must-read"));
        }
        page.action(itemUrl, t(locale, "mail.open"));
        String html = page.html(t(locale, "mail.why." + item.kind().name()), unsubscribeUrl,
                t(locale, "mail.unsubscribe"), baseUrl + "/profile", t(locale, "mail.settings"));

        StringBuilder text = new StringBuilder();
        text.append(municipality).append(" · Tavla\n\n");
        if (banner != null) {
            text.append(banner).append("\n\n");
        }
        text
                .append(t(locale, "mail.kind." + item.kind().name())).append(" · ").append(item.unitName())
                .append("\n\n").append(item.title().toUpperCase(locale)).append("\n\n");
        if (item.lead() != null && !item.lead().isBlank()) {
            text.append(item.lead()).append("\n\n");
        }
        plain(Jsoup.parseBodyFragment(SafeMarkdown.toHtml(item.body() == null ? "" : item.body())).body(), text);
        if (!images.isEmpty()) {
            text.append(t(locale, "mail.images")).append(":\n");
            images.forEach(image -> text.append("- ").append(altOrName(image)).append(": ").append(baseUrl)
                    .append(image.url()).append('\n'));
            text.append('\n');
        }
        if (!attachments.isEmpty()) {
            text.append(t(locale, "mail.attachments")).append(":\n");
            attachments.forEach(file -> text.append("- ").append(file.fileName()).append(": ").append(baseUrl)
                    .append(file.url()).append('\n'));
            text.append('\n');
        }
        if (item.kind() == ItemKind.MUST_READ) {
            text.append(t(locale, "mail.must-read")).append("\n\n");
        }
        text.append(t(locale, "mail.open")).append(": ").append(itemUrl).append("\n\n-- \n")
                .append(t(locale, "mail.why." + item.kind().name())).append('\n')
                .append(t(locale, "mail.unsubscribe")).append(": ").append(unsubscribeUrl).append('\n')
                .append(t(locale, "mail.settings")).append(": ").append(baseUrl).append("/profile\n");
        return new Rendered(subject, html, text.toString());
    }

    /**
     * Tavla's own addresses in the text ({@code /news/3}, {@code /files/7}) made whole; images become links; tables get
     * their lines inline.
     */
    private void absolute(Element body) {
        for (Element link : body.select("a[href^=/]")) {
            link.attr("href", baseUrl + link.attr("href"));
        }
        for (Element link : body.select("a")) {
            link.attr("style", MailPage.LINK);
        }
        for (Element image : body.select("img")) {
            String src = image.attr("src");
            String alt = image.attr("alt").isBlank() ? src : image.attr("alt");
            Element replacement = new Element("a").attr("href", src.startsWith("/") ? baseUrl + src : src)
                    .attr("style", MailPage.LINK).text("[" + alt + "]");
            image.replaceWith(replacement);
        }
        // a mail program keeps no style sheet: a table's lines are said on each cell
        for (Element table : body.select("table")) {
            table.attr("style", "border-collapse:collapse;margin:12px 0;");
        }
        for (Element cell : body.select("th, td")) {
            cell.attr("style", "border:1px solid #767676;padding:4px 8px;vertical-align:top;text-align:"
                    + (cell.attr("align").isEmpty() ? "left" : cell.attr("align")) + ";");
        }
    }

    /** The text of rendered Markdown as plain text: a blank line after each block, links with their address. */
    private void plain(Element element, StringBuilder text) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText().replaceAll("\\s+", " "));
            } else if (node instanceof Element child) {
                switch (child.normalName()) {
                    case "a" -> {
                        text.append(child.text());
                        String href = child.attr("href");
                        if (!href.isEmpty() && !href.equals(child.text())) {
                            text.append(" (").append(href.startsWith("/") ? baseUrl + href : href).append(')');
                        }
                    }
                    case "img" -> text.append('[').append(child.attr("alt")).append(']');
                    case "br" -> text.append('\n');
                    case "li" -> {
                        text.append("- ");
                        plain(child, text);
                        text.append('\n');
                    }
                    case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table" -> {
                        plain(child, text);
                        trimEnd(text);
                        text.append("\n\n");
                    }
                    case "ul", "ol" -> {
                        plain(child, text);
                        text.append('\n');
                    }
                    case "tr" -> {
                        plain(child, text);
                        text.append('\n');
                    }
                    case "td", "th" -> {
                        plain(child, text);
                        text.append("  ");
                    }
                    default -> plain(child, text);
                }
            }
        }
    }

    private static void trimEnd(StringBuilder text) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private static String altOrName(ItemFile image) {
        return image.altText() == null || image.altText().isBlank() ? image.fileName() : image.altText();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.text(key, locale, params);
    }
}
