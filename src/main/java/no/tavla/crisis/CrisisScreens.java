package no.tavla.crisis;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.Audiences;
import org.springframework.stereotype.Component;

/** Staff-room screens in a crisis's scope show the crisis instead of their normal turn, live by push. */
@Component
class CrisisScreens implements ScreenCrisis {

    private final CrisisStore store;
    private final Audiences audiences;
    private final CrisisPages pages;

    CrisisScreens(CrisisStore store, Audiences audiences, CrisisPages pages) {
        this.store = store;
        this.audiences = audiences;
        this.pages = pages;
    }

    @Override
    public Optional<Shown> forUnit(long unitId) {
        return Crises.holding(store.lasting(), unitAndAbove(unitId)).map(crisis -> shown(new CrisisNotice(crisis,
                store.latestUpdate(crisis.id()).orElse(null))));
    }

    @Override
    public Runnable follow(long unitId, Consumer<Optional<Shown>> screen) {
        CrisisPages.Subscription followed = pages.followUnits(unitAndAbove(unitId),
                notice -> screen.accept(notice.map(CrisisScreens::shown))).showing(forUnit(unitId).map(shown ->
                new CrisisNotice(store.find(shown.crisisId()).orElseThrow(), store.latestUpdate(shown.crisisId())
                        .orElse(null))));
        return followed::cancel;
    }

    private Set<Long> unitAndAbove(long unitId) {
        return audiences.withAncestors(Set.of(unitId));
    }

    private static Shown shown(CrisisNotice notice) {
        Crisis crisis = notice.crisis();
        return new Shown(crisis.id(), crisis.drill(), crisis.title(), crisis.message(), notice.latestText(),
                notice.latest() == null ? crisis.startedAt() : notice.latest().postedAt());
    }
}
