package no.tavla.search;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** For the search tests: the index ready, and changes followed now rather than at the next scheduled look. */
public final class SearchIndexing {

    private SearchIndexing() {
    }

    /** Waits (at most a minute) for the index to be built after the start, then takes in every change made so far. */
    public static void followNow(IndexKeeper keeper) {
        waitFor(keeper::isReady, "the search index is built");
        keeper.follow();
    }

    /** Waits until the condition holds, failing with the description after a minute. */
    public static void waitFor(BooleanSupplier condition, String description) {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not within a minute: " + description);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + description, e);
            }
        }
    }
}
