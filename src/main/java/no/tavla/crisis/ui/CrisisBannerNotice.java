package no.tavla.crisis.ui;

import no.tavla.crisis.Crises;
import no.tavla.crisis.CrisisPages;
import no.tavla.shared.ui.PageNotice;

/** Puts the crisis banner above every page of a signed-in person. */
@org.springframework.stereotype.Component
class CrisisBannerNotice implements PageNotice {

    private final Crises crises;
    private final CrisisPages pages;

    CrisisBannerNotice(Crises crises, CrisisPages pages) {
        this.crises = crises;
        this.pages = pages;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new CrisisBanner(crises, pages);
    }
}
