package no.tavla.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import no.tavla.search.IndexKeeper;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.ui.Results;
import no.tavla.shared.ui.SystemSection;

/**
 * The search index on the system page: how large it is, when it was built, and a button to build it anew, with its
 * progress while it runs (this instance's index: each instance keeps its own, decision 0027).
 */
@org.springframework.stereotype.Component
class IndexSection implements SystemSection {

    private final IndexKeeper keeper;

    IndexSection(IndexKeeper keeper) {
        this.keeper = keeper;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Section(keeper);
    }

    @Override
    public int order() {
        return 50;
    }

    static final class Section extends Div {

        private final transient IndexKeeper keeper;
        private final Paragraph state = new Paragraph();

        Section(IndexKeeper keeper) {
            this.keeper = keeper;
            addClassName("tavla-search-index");
            H2 heading = new H2(getTranslation("search.index.heading"));
            state.addClassName("tavla-search-index-state");
            state.getElement().setAttribute("role", "status");
            Button rebuild = new Button(getTranslation("search.index.rebuild"), click -> {
                boolean started = keeper.rebuild();
                Results.announce(getTranslation(started ? "search.index.started" : "search.index.running"));
                show();
                // the page asks again every two seconds while the rebuild runs
                UI.getCurrent().setPollInterval(2000);
            });
            rebuild.addClassName("tavla-search-rebuild");
            add(heading, new Paragraph(getTranslation("search.index.intro")), state, rebuild);
            addAttachListener(attach -> {
                com.vaadin.flow.shared.Registration polls = attach.getUI().addPollListener(poll -> {
                    show();
                    if (!keeper.progress().building()) {
                        poll.getSource().setPollInterval(-1);
                    }
                });
                addDetachListener(detach -> {
                    polls.remove();
                    detach.unregisterListener();
                });
            });
            show();
        }

        private void show() {
            IndexKeeper.Progress progress = keeper.progress();
            if (progress.building()) {
                state.setText(getTranslation("search.index.building", progress.done(), progress.total()));
            } else {
                state.setText(getTranslation("search.index.built", progress.size(),
                        String.format(getLocale(), "%.1f", progress.bytes() / (1024.0 * 1024.0)),
                        progress.builtAt() == null ? "–" : TavlaTime.dateTime(progress.builtAt(), getLocale())));
            }
        }
    }
}
