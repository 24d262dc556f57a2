package no.tavla.plans;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.tavla.plans.internal.PlanStore;
import org.springframework.stereotype.Service;

/**
 * The plans for the search module: their words for its index, and the hits as the reader may see them (the plans'
 * own rule: communications every plan, a unit's editors their units' plans; decision 0027).
 */
@Service
public class SearchablePlans {

    /** What a plan is found by: its name (weighs more), and its case, goal and key messages. */
    public record PlanWords(long id, String name, String text) {
    }

    private final PlanStore store;
    private final Plans plans;

    SearchablePlans(PlanStore store, Plans plans) {
        this.store = store;
        this.plans = plans;
    }

    /** For the index: plans by id, after this one. */
    public List<PlanWords> after(long afterId, int limit) {
        return store.words(afterId, Math.max(1, Math.min(limit, 1000))).stream().map(SearchablePlans::words).toList();
    }

    /** For the index: plans changed since the instant. */
    public List<PlanWords> changedSince(Instant since) {
        return store.wordsChangedSince(since).stream().map(SearchablePlans::words).toList();
    }

    public int count() {
        return store.count();
    }

    /** Whether the signed-in person sees any plans (a unit's editor, communications). */
    public boolean mayPlan() {
        return plans.mayPlan();
    }

    /** Those of the plans found that the signed-in person may see, in the order found. */
    public List<Plan> found(Collection<Long> ids) {
        if (!plans.mayPlan()) {
            return List.of();
        }
        return ids.stream().map(plans::find).flatMap(Optional::stream).toList();
    }

    private static PlanWords words(PlanStore.Words words) {
        return new PlanWords(words.id(), words.name(), words.text());
    }
}
