package no.tavla.news.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import no.tavla.news.ItemEvent;
import no.tavla.news.ItemVersion;
import no.tavla.shared.TavlaTime;

/** An item's history on the write page: every workflow step, who took it and why; and the earlier texts. */
class ItemHistory extends Div {

    ItemHistory() {
        addClassName("tavla-news-history");
    }

    void show(List<ItemEvent> events, List<ItemVersion> versions) {
        removeAll();
        add(new H2(getTranslation("news.history")));
        UnorderedList steps = new UnorderedList();
        for (ItemEvent event : events) {
            steps.add(new ListItem(TavlaTime.dateTime(event.at(), getLocale()) + " · "
                    + getTranslation("news.step." + event.step())
                    + (event.revision() == null ? "" : " (" + getTranslation("news.revision", event.revision()) + ")")
                    + " · " + event.actor() + (event.reason() == null ? "" : " («" + event.reason() + "»)")));
        }
        add(steps);
        if (!versions.isEmpty()) {
            add(new H2(getTranslation("news.versions")));
            UnorderedList list = new UnorderedList();
            versions.forEach(v -> list.add(new ListItem((v.revision() == null ? ""
                    : getTranslation("news.revision", v.revision()) + ": ")
                    + TavlaTime.dateTime(v.changedAt(), getLocale()) + " · "
                    + getTranslation(v.significant() ? "news.correct.kind.significant" : "news.correct.kind.minor")
                    + " · " + v.changedBy() + (v.note() == null ? "" : " («" + v.note() + "»)") + " · "
                    + getTranslation("news.versions.before", v.title()))));
            add(list);
        }
    }
}
