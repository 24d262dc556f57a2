package no.tavla.search.ui;

import java.time.temporal.IsoFields;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.search.Search;
import no.tavla.shared.TavlaTime;

/**
 * For communications: what people searched for and did not find, per week, the most frequent first. Words and
 * numbers only; nobody's name is kept with a search.
 */
class MissesSection extends Div {

    static final int WEEKS = 4;
    static final int PER_WEEK = 15;

    MissesSection(Search search) {
        addClassName("tavla-search-misses");
        getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation("search.misses.heading"));
        heading.setId("tavla-search-misses-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph(getTranslation("search.misses.intro")));
        List<Search.WeekOfMisses> weeks = search.misses(WEEKS, PER_WEEK);
        if (weeks.isEmpty()) {
            add(new Paragraph(getTranslation("search.misses.none")));
            return;
        }
        for (Search.WeekOfMisses week : weeks) {
            add(new H3(getTranslation("search.misses.week", week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    TavlaTime.date(week.weekStart(), getLocale()))));
            OrderedList list = new OrderedList();
            list.addClassName("tavla-search-misses-week");
            week.misses().forEach(miss -> list.add(new ListItem(getTranslation("search.misses.entry", miss.words(),
                    miss.times()))));
            add(list);
        }
    }
}
