package no.tavla.news.ui;

import com.vaadin.flow.component.html.Div;
import no.tavla.news.FeedCard;
import no.tavla.news.ItemKind;
import no.tavla.shared.TavlaTime;
import org.springframework.web.util.HtmlUtils;

/**
 * An item in a list: its title (a link to the item), badges, owning unit and release time (never the draft's creation
 * time) and lead.
 *
 * <p>One element whose inside is written as HTML, not a dozen components: a feed holds 20 or more cards, and every
 * component is a node Vaadin keeps, sends and compares for each open page (docs/BENCHMARKS.md, "Reading at scale").
 * Every text in it is escaped here; the link is an ordinary {@code <a href>}, which Vaadin's client navigates within
 * the app as it does a {@code RouterLink} (docs/decisions/0015-small-push-buffers.md).
 */
class ItemCard extends Div {

    private final long itemId;

    ItemCard(FeedCard item) {
        itemId = item.id();
        getElement().setAttribute("class", item.pinned() ? "tavla-item-card tavla-item-pinned" : "tavla-item-card");
        StringBuilder html = new StringBuilder(320);
        // the title and lead carry their language (the reader's version, or the item as written): a screen reader
        // reads an English version as English on a Norwegian page (WCAG 3.1.2)
        String lang = item.language() == null ? "" : " lang=\"" + item.language().tag() + "\"";
        html.append("<h2 class=\"tavla-item-title\"").append(lang)
                .append("><a class=\"tavla-item-link\" href=\"news/").append(item.id()).append("\">")
                .append(text(item.title())).append("</a></h2>");
        StringBuilder badges = new StringBuilder();
        if (item.pinned()) {
            badge(badges, "news.badge.important", "tavla-badge-important");
        }
        if (item.kind() == ItemKind.MUST_READ) {
            if (item.confirmed()) {
                badge(badges, "news.badge.confirmed", "tavla-badge-confirmed");
            } else {
                badge(badges, "news.badge.must-read", "tavla-badge-must-read");
            }
        }
        if (item.unread()) {
            badge(badges, "news.badge.unread", "tavla-badge-unread");
        }
        if (!badges.isEmpty()) {
            html.append("<div class=\"tavla-badges\">").append(badges).append("</div>");
        }
        html.append("<p class=\"tavla-item-meta\">").append(text(item.unitName())).append(" · ");
        if (item.releaseAt() != null) {
            html.append(text(TavlaTime.dateTime(item.releaseAt(), getLocale())));
        }
        html.append("</p>");
        if (!item.lead().isBlank()) {
            html.append("<p class=\"tavla-item-lead\"").append(lang).append(">").append(text(item.lead()))
                    .append("</p>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    long itemId() {
        return itemId;
    }

    private void badge(StringBuilder badges, String key, String className) {
        badges.append("<span class=\"tavla-badge ").append(className).append("\">").append(text(getTranslation(key)))
                .append("</span>");
    }

    private static String text(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
