package no.tavla.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import no.tavla.news.reading.NewsFeed;
import org.junit.jupiter.api.Test;

/** What an open feed shows as its count after a push, and when only the database can say. */
class FeedCountTest {

    private static final int MANY = NewsFeed.COUNT_CEILING + 1;

    @Test
    void cardsThatCameAndWentAreCountedOnThePage() {
        assertThat(FeedView.countAfter(5, 2, 1, false)).hasValue(6);
        assertThat(FeedView.countAfter(1, 0, 1, false)).hasValue(0);
        assertThat(FeedView.countAfter(NewsFeed.COUNT_CEILING, 1, 0, false)).as("now above the ceiling")
                .hasValue(MANY);
    }

    @Test
    void aboveTheCeilingAReleaseKeepsItAboveWithoutCountingAgain() {
        assertThat(FeedView.countAfter(MANY, 3, 0, false)).hasValue(MANY);
    }

    @Test
    void onlyTheDatabaseKnowsWhenACardWentThatThePageHadNotLoadedOrTheCountWasAboveTheCeiling() {
        assertThat(FeedView.countAfter(40, 0, 0, true)).isEmpty();
        assertThat(FeedView.countAfter(MANY, 0, 1, false)).isEmpty();
    }
}
