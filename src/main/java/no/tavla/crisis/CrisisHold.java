package no.tavla.crisis;

import java.util.Optional;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.news.ReleaseHold;
import org.springframework.stereotype.Component;

/** A crisis (never a drill) holds planned releases while it lasts (decision 0021). */
@Component
class CrisisHold implements ReleaseHold {

    private final CrisisStore store;

    CrisisHold(CrisisStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> holding() {
        return store.lasting().stream().filter(crisis -> !crisis.drill()).map(Crisis::title).findFirst();
    }
}
