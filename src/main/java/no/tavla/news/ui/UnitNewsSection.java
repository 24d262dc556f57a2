package no.tavla.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.news.FeedCard;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.ui.UnitPageSection;

/** The unit's own items on its page, as the reader may see them. */
@org.springframework.stereotype.Component
class UnitNewsSection implements UnitPageSection {

    private final NewsFeed feed;

    UnitNewsSection(NewsFeed feed) {
        this.feed = feed;
    }

    @Override
    public Component forUnit(long unitId, String unitCode) {
        Div list = new Div();
        list.addClassName("tavla-feed");
        java.util.List<FeedCard> entries = feed.unitItems(unitId, 10,
                no.tavla.shared.Language.of(com.vaadin.flow.component.UI.getCurrent().getLocale()));
        if (entries.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("unit.news.empty")));
        }
        entries.forEach(entry -> list.add(new ItemCard(entry)));
        return list;
    }
}
