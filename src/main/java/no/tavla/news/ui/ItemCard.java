package no.tavla.news.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.tavla.news.FeedCard;
import no.tavla.news.ItemKind;
import no.tavla.shared.TavlaTime;

/** An item in a list: its badges, title, lead, owning unit and release time (never the draft's creation time). */
class ItemCard extends Div {

    private final long itemId;

    ItemCard(FeedCard entry) {
        FeedCard item = entry;
        itemId = entry.id();
        addClassName("tavla-item-card");
        if (entry.pinned()) {
            addClassName("tavla-item-pinned");
        }
        Div badges = new Div();
        badges.addClassName("tavla-badges");
        if (entry.pinned()) {
            badges.add(badge("news.badge.important", "tavla-badge-important"));
        }
        if (item.kind() == ItemKind.MUST_READ) {
            badges.add(entry.confirmed() ? badge("news.badge.confirmed", "tavla-badge-confirmed")
                    : badge("news.badge.must-read", "tavla-badge-must-read"));
        }
        if (entry.unread()) {
            badges.add(badge("news.badge.unread", "tavla-badge-unread"));
        }
        RouterLink link = new RouterLink(item.title(), ItemView.class, new RouteParameters("id", String.valueOf(item.id())));
        link.addClassName("tavla-item-link");
        H2 title = new H2(link);
        title.addClassName("tavla-item-title");
        Paragraph meta = new Paragraph(item.unitName() + " · " + (item.releaseAt() == null ? ""
                : TavlaTime.dateTime(item.releaseAt(), getLocale())));
        meta.addClassName("tavla-item-meta");
        add(title);
        if (badges.getChildren().findAny().isPresent()) {
            add(badges);
        }
        add(meta);
        if (!item.lead().isBlank()) {
            Paragraph lead = new Paragraph(item.lead());
            lead.addClassName("tavla-item-lead");
            add(lead);
        }
    }

    long itemId() {
        return itemId;
    }

    private Span badge(String key, String className) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("tavla-badge", className);
        return badge;
    }
}
