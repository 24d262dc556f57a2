package no.tavla.news.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import no.tavla.news.ItemChanged;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.internal.FeedQueries;
import no.tavla.news.internal.NewsStore;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Push that scales: a change reaches only the pages it concerns, several changes reach a page together, and a page
 * that is gone gets nothing. The waiting is run by hand, so nothing here depends on time.
 */
class FeedChangesTest {

    /** The tasks waiting, run when the test says. */
    static final class ByHand implements FeedChanges.Delay {
        final List<Runnable> waiting = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();
        boolean stopped;

        @Override
        public void after(Duration delay, Runnable task) {
            delays.add(delay);
            waiting.add(task);
        }

        @Override
        public void stop() {
            stopped = true;
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.removeFirst().run();
            }
        }
    }

    private final NewsStore store = mock(NewsStore.class);
    private final People people = mock(People.class);
    private final Audiences audiences = mock(Audiences.class);
    private final ByHand delay = new ByHand();
    private FeedChanges changes;

    /** Units: 1 the municipality, 2 a sector under it, 3 a school under the sector. */
    @BeforeEach
    void setUp() {
        changes = new FeedChanges(store, mock(FeedQueries.class), people, audiences, Clock.systemUTC(),
                Duration.ofSeconds(1), delay);
        when(audiences.withAncestors(any())).thenReturn(Set.of(3L, 2L, 1L));
    }

    private List<List<ItemChanged>> readerPage(long person, Set<Long> units, Set<Long> above, Set<Role> roles) {
        List<List<ItemChanged>> told = new ArrayList<>();
        when(people.currentMembership()).thenReturn(Optional.of(new Membership(person, units, above, roles)));
        changes.followReader(told::add).orElseThrow();
        return told;
    }

    private void item(long id, Audience audience) {
        when(store.find(id)).thenReturn(Optional.of(new Item(id, "Tittel", "", "", 2, "Sektor", null, null,
                ItemKind.NORMAL, null, false, audience, ItemStatus.PUBLISHED, Instant.EPOCH, null, null, 9, "Skribent",
                1, 0, 0, Instant.EPOCH, Instant.EPOCH, false, null, 1, null, no.tavla.shared.Language.BOKMAAL)));
    }

    private void released(long id) {
        changes.changed(new ItemChanged(id, ItemChanged.Kind.RELEASED));
    }

    @Test
    void aReleaseReachesOnlyThePagesWhoseReaderIsInItsAudience() {
        List<List<ItemChanged>> atTheSchool = readerPage(1, Set.of(3L), Set.of(3L, 2L, 1L), Set.of());
        List<List<ItemChanged>> elsewhere = readerPage(2, Set.of(7L), Set.of(7L, 1L), Set.of());
        List<List<ItemChanged>> aManagerAtTheSchool = readerPage(3, Set.of(3L), Set.of(3L, 2L, 1L),
                Set.of(Role.MANAGER));
        item(10, Audience.units(new AudienceUnit(2, true)));
        item(11, new Audience(false, List.of(new AudienceUnit(3, false)), Set.of(Role.MANAGER)));
        item(12, Audience.units(new AudienceUnit(2, false)));
        item(13, Audience.everyone());
        released(10);
        released(11);
        released(12);
        released(13);
        delay.runAll();
        assertThat(atTheSchool).singleElement().satisfies(told -> assertThat(told).extracting(ItemChanged::itemId)
                .containsExactly(10L, 13L));
        assertThat(aManagerAtTheSchool).singleElement().satisfies(told -> assertThat(told)
                .extracting(ItemChanged::itemId).containsExactly(10L, 11L, 13L));
        assertThat(elsewhere).singleElement().satisfies(told -> assertThat(told).extracting(ItemChanged::itemId)
                .containsExactly(13L));
    }

    @Test
    void changesArrivingWithinTheMergeWindowReachAPageTogether() {
        List<List<ItemChanged>> page = readerPage(1, Set.of(3L), Set.of(3L, 2L, 1L), Set.of());
        item(10, Audience.everyone());
        item(11, Audience.everyone());
        released(10);
        released(11);
        changes.changed(new ItemChanged(10, ItemChanged.Kind.WITHDRAWN));
        delay.runAll();
        assertThat(page).as("one delivery, not three").hasSize(1);
        assertThat(page.getFirst()).extracting(ItemChanged::kind).containsExactly(ItemChanged.Kind.RELEASED,
                ItemChanged.Kind.RELEASED, ItemChanged.Kind.WITHDRAWN);
        assertThat(delay.delays).as("each change is matched at once, the page is told after the window")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void aPageThatIsGoneIsToldNothingAndWhatWaitedForItIsDropped() {
        List<List<ItemChanged>> told = new ArrayList<>();
        when(people.currentMembership()).thenReturn(Optional.of(new Membership(1, Set.of(3L), Set.of(3L, 2L, 1L),
                Set.of())));
        FeedChanges.Subscription page = changes.followReader(told::add).orElseThrow();
        item(10, Audience.everyone());
        released(10);
        delay.waiting.removeFirst().run(); // matched: the delivery now waits for the window
        page.cancel();
        delay.runAll();
        assertThat(told).isEmpty();
        assertThat(changes.following()).isZero();
    }

    @Test
    void anItemPageIsToldOfItsOwnItemOnly() {
        List<List<ItemChanged>> told = new ArrayList<>();
        changes.followItem(10, told::add);
        item(10, Audience.everyone());
        item(11, Audience.everyone());
        released(11);
        changes.changed(new ItemChanged(10, ItemChanged.Kind.WITHDRAWN));
        delay.runAll();
        assertThat(told).singleElement().satisfies(list -> assertThat(list)
                .containsExactly(new ItemChanged(10, ItemChanged.Kind.WITHDRAWN)));
    }

    @Test
    void aStaffRoomScreenIsToldOfItemsForEveryoneInItsUnitNotOfThoseNarrowedToRoles() {
        List<List<ItemChanged>> told = new ArrayList<>();
        changes.followUnitScreen(3, told::add);
        item(10, Audience.units(new AudienceUnit(1, true)));
        item(11, new Audience(false, List.of(new AudienceUnit(3, false)), Set.of(Role.MANAGER)));
        released(10);
        released(11);
        delay.runAll();
        assertThat(told).singleElement().satisfies(list -> assertThat(list).extracting(ItemChanged::itemId)
                .containsExactly(10L));
    }

    @Test
    void withNoPageOpenAChangeCostsNothingAndStoppingDropsWhatWaits() {
        released(10);
        assertThat(delay.waiting).as("not even the item is read").isEmpty();
        changes.stop();
        assertThat(delay.stopped).isTrue();
    }
}
