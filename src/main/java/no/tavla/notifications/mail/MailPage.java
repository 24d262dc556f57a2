package no.tavla.notifications.mail;

import no.tavla.shared.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every e-mail from Tavla has: {@code lang}, a title, the municipality's logo (carried in the message, as
 * {@link MailLogo}) and name over a bar in the profile's colour, the content, and a footer that says why it came with the links to stop it and to choose. Styles are inline: mail
 * clients ignore style sheets.
 */
final class MailPage {

    /** The profile's primary colour (read from its style sheet: e-mail clients ignore style sheets). */
    static final String PRIMARY = no.tavla.shared.ProfileColours.primary();
    static final String TEXT = "#1a1a1a";
    static final String LINK = "color:" + PRIMARY + ";";

    private final Document document;
    private final Element page;
    private final Element main;

    MailPage(Language language, String title, String label, String municipality, boolean logo) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.selectFirst("html").attr("lang", language.tag());
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        page = document.body().attr("style", "margin:0;padding:0;background:#f3f5f8;")
                .appendElement("div").attr("role", "article").attr("aria-label", label).attr("lang", language.tag())
                .attr("style", "max-width:640px;margin:0 auto;background:#ffffff;color:" + TEXT
                        + ";font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;");
        Element brand = page.appendElement("p").attr("style", "margin:0;padding:12px 20px;border-bottom:4px solid "
                + PRIMARY + ";color:" + TEXT + ";font-weight:bold;font-size:18px;line-height:" + MailLogo.HEIGHT
                + "px;");
        if (logo) {
            // the name is written beside it: the logo adds nothing to hear
            brand.appendElement("img").attr("src", "cid:" + MailLogo.CONTENT_ID).attr("alt", "")
                    .attr("height", String.valueOf(MailLogo.HEIGHT)).attr("style", "height:" + MailLogo.HEIGHT
                            + "px;width:auto;border:0;vertical-align:middle;margin-right:12px;");
        }
        brand.appendText(municipality + " · Tavla");
        main = page.appendElement("div").attr("style", "padding:8px 20px 20px;");
    }

    /** Where the content goes. */
    Element main() {
        return main;
    }

    /** A button-like link, the message's main action. */
    void action(String href, String text) {
        main.appendElement("p").attr("style", "margin:20px 0;").appendElement("a").attr("href", href)
                .attr("style", "display:inline-block;padding:10px 16px;background:" + PRIMARY
                        + ";color:#ffffff;text-decoration:none;font-weight:bold;border-radius:4px;")
                .text(text);
    }

    /** With only the link to choose: a crisis message cannot be unsubscribed from. */
    String html(String why, String settingsUrl, String settings) {
        Element footer = page.appendElement("div").attr("style", "padding:12px 20px;border-top:1px solid #d0d5dc;"
                + "font-size:14px;");
        footer.appendElement("p").attr("style", "margin:0 0 8px;").text(why);
        footer.appendElement("p").attr("style", "margin:0;").appendElement("a").attr("href", settingsUrl)
                .attr("style", LINK).text(settings);
        return document.outerHtml();
    }

    String html(String why, String unsubscribeUrl, String unsubscribe, String settingsUrl, String settings) {
        Element footer = page.appendElement("div").attr("style", "padding:12px 20px;border-top:1px solid #d0d5dc;"
                + "font-size:14px;");
        footer.appendElement("p").attr("style", "margin:0 0 8px;").text(why);
        Element links = footer.appendElement("p").attr("style", "margin:0;");
        links.appendElement("a").attr("href", unsubscribeUrl).attr("style", LINK).text(unsubscribe);
        links.appendText(" · ");
        links.appendElement("a").attr("href", settingsUrl).attr("style", LINK).text(settings);
        return document.outerHtml();
    }
}
