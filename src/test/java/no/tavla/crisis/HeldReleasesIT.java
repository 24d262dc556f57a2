package no.tavla.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import no.tavla.news.Audience;
import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import no.tavla.news.ItemDraft;
import no.tavla.news.ItemKind;
import no.tavla.news.ItemStatus;
import no.tavla.news.publishing.ReleaseJob;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.news.writing.Announcements;
import no.tavla.news.writing.HeldReleases;
import no.tavla.shared.Refusal;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A crisis holds normal planned releases (decision 0021): what was planned when it was switched on and what is planned
 * while it lasts stays out of every feed and the release job, also after its time and after the crisis ends, until
 * communications releases, reschedules or withdraws each; a drill holds nothing.
 */
@TavlaIntegrationTest
class HeldReleasesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Crises crises;
    @Autowired
    Announcements announcements;
    @Autowired
    HeldReleases held;
    @Autowired
    ReleasedItems released;
    @Autowired
    ReleaseJob releases;
    @Autowired
    no.tavla.news.publishing.PublicNews publicNews;
    @Autowired
    no.tavla.news.writing.PublishingSettings settings;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        endEveryCrisis();
        org = new TestOrganisation(jdbc, "held");
        org.unit("S");
        org.person("Mona", "S");
        org.person("Cato", "S").role("CRISIS", null);
        org.person("Kim", "S").role("COMMUNICATIONS", null);
    }

    @AfterEach
    void signOutAndEnd() {
        ServiceSignIn.out(contexts);
        endEveryCrisis();
    }

    private void endEveryCrisis() {
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(contexts, org.subject(name), roles);
    }

    /** An item communications publishes for S at the time (null: now). */
    private long published(String title, Instant at) {
        as("Kim", "COMMUNICATIONS");
        long id = announcements.create(ItemDraft.of(title + " " + org.tag(), "Ingress", "Tekst", org.unitId("S"), null,
                ItemKind.NORMAL, null, false, Audience.units(new AudienceUnit(org.unitId("S"), true)), at, null,
                null));
        announcements.publish(id);
        return id;
    }

    private ItemStatus status(long id) {
        return ItemStatus.valueOf(jdbc.queryForObject("SELECT status FROM news_item WHERE id = ?", String.class, id));
    }

    private Crisis switchOn(boolean drill) {
        as("Cato", "CRISIS");
        return crises.switchOn(new CrisisDraft("Flom " + org.tag(), "Elva går over sine bredder.", false,
                Set.of(org.unitId("S")), drill));
    }

    @Test
    void whatIsPlannedIsHeldUntilCommunicationsHandlesEachAlsoAfterTheCrisis() {
        Instant soon = Instant.now().plus(Duration.ofHours(1));
        long planned = published("Julebord", soon);
        long another = published("Ny kantinemeny", soon.plus(Duration.ofHours(1)));
        long third = published("Sommerfest", soon.plus(Duration.ofHours(2)));
        long out = published("Allerede ute", null);

        Crisis crisis = switchOn(false);
        assertThat(status(planned)).isEqualTo(ItemStatus.HELD);
        assertThat(status(another)).isEqualTo(ItemStatus.HELD);
        assertThat(status(out)).as("what is out stays out").isEqualTo(ItemStatus.PUBLISHED);
        assertThat(crises.log(crisis.id())).filteredOn(entry -> entry.event().equals("HELD")).singleElement()
                .satisfies(entry -> assertThat(entry.counts().get(0)).isGreaterThanOrEqualTo(3));

        // planned while it lasts: held at once; published now by hand: out
        long during = published("Planlagt under krisen", soon);
        assertThat(status(during)).isEqualTo(ItemStatus.HELD);
        long byHand = published("Viktig nå", null);
        assertThat(released.out(byHand)).isPresent();

        // its time comes: still held, released by no job
        jdbc.update("UPDATE news_item SET release_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?", planned);
        releases.runOnce();
        assertThat(released.out(planned)).as("not in any feed").isEmpty();

        as("Cato", "CRISIS");
        assertThat(held.held()).extracting(Item::id).contains(planned, another, third, during);
        assertThatThrownBy(() -> held.releaseNow(planned)).as("the crisis staff see, communications handle")
                .isInstanceOf(AccessDeniedException.class);
        crises.switchOff(crisis.id(), "Vannet har trukket seg tilbake.");
        assertThat(status(planned)).as("nothing goes out by surprise when it ends").isEqualTo(ItemStatus.HELD);

        as("Mona");
        assertThatThrownBy(() -> held.held()).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        held.releaseNow(planned);
        assertThat(released.out(planned)).isPresent();
        Instant later = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        held.reschedule(another, later, null);
        assertThat(status(another)).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(announcements.forEditing(another).releaseAt()).isEqualTo(later);
        assertThatThrownBy(() -> held.withdraw(third, " ")).isInstanceOf(Refusal.class)
                .hasMessage("news.reason.required");
        held.withdraw(third, "Avlyst etter flommen.");
        assertThat(status(third)).isEqualTo(ItemStatus.WITHDRAWN);
        assertThatThrownBy(() -> held.releaseNow(third)).isInstanceOf(Refusal.class).hasMessage("news.status.wrong");
        assertThat(announcements.history(planned)).extracting(no.tavla.news.ItemEvent::step)
                .contains("HELD", "RELEASED_BY_HAND");
    }

    /** An item communications publishes for S to staff now, and to the public after the lead time and a minute. */
    private long outWithPublicAhead(String title) {
        as("Kim", "COMMUNICATIONS");
        Instant external = Instant.now().plus(settings.leadTime()).plus(Duration.ofMinutes(1));
        long id = announcements.create(ItemDraft.of(title + " " + org.tag(), "Ingress", "Tekst", org.unitId("S"), null,
                ItemKind.NORMAL, null, false, Audience.units(new AudienceUnit(org.unitId("S"), true)), null, null,
                external));
        announcements.publish(id);
        return id;
    }

    /** Its public time comes: the item's times move back by the lead time and more (a time not set stays so). */
    private void itsPublicTimeComes(long id) {
        long seconds = settings.leadTime().plus(Duration.ofMinutes(5)).toSeconds();
        jdbc.update("UPDATE news_item SET release_at = release_at - INTERVAL ? SECOND, external_release_at ="
                + " external_release_at - INTERVAL ? SECOND WHERE id = ?", seconds, seconds, id);
    }

    @Test
    void thePublicPartStillAheadOfAnItemAlreadyOutIsHeldTooUntilCommunicationsHandlesIt() {
        long pool = outWithPublicAhead("Ny svømmehall");
        long road = outWithPublicAhead("Veiarbeid i sentrum");
        Crisis crisis = switchOn(false);
        // planned while it lasts: its public part is held at once
        long during = outWithPublicAhead("Nye åpningstider");
        for (long id : List.of(pool, road, during)) {
            assertThat(released.out(id)).as("staff keep it").isPresent();
            itsPublicTimeComes(id);
            assertThat(publicNews.item(id)).as("its public time came, but not during a crisis").isEmpty();
        }
        as("Cato", "CRISIS");
        assertThat(held.count()).isGreaterThanOrEqualTo(3);
        assertThat(held.heldPublic()).extracting(held -> held.item().id()).contains(pool, road, during);
        crises.switchOff(crisis.id(), "Over.");
        as("Kim", "COMMUNICATIONS");
        assertThat(publicNews.item(pool)).as("nothing goes out by surprise when it ends").isEmpty();
        assertThat(announcements.publicPartHeld(pool)).as("the item says so to those who work on it").isPresent();

        held.releasePublicNow(pool);
        assertThat(publicNews.item(pool)).as("the lead time has passed since staff got it").isPresent();
        assertThatThrownBy(() -> held.keepInternal(road, " ")).isInstanceOf(Refusal.class)
                .hasMessage("news.reason.required");
        held.keepInternal(road, "Ikke aktuelt etter krisen.");
        assertThat(publicNews.item(road)).isEmpty();
        assertThat(released.out(road)).as("staff still have it").isPresent();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThatThrownBy(() -> held.reschedulePublic(during, Instant.now().minusSeconds(60)))
                .isInstanceOf(Refusal.class).hasMessage("news.held.public.time");
        held.reschedulePublic(during, tomorrow);
        assertThat(announcements.forEditing(during).externalReleaseAt()).isEqualTo(tomorrow);
        assertThat(held.heldPublic()).extracting(held -> held.item().id()).doesNotContain(pool, road, during);
        assertThatThrownBy(() -> held.releasePublicNow(road)).isInstanceOf(Refusal.class)
                .hasMessage("news.status.wrong");
        assertThat(announcements.history(pool)).extracting(no.tavla.news.ItemEvent::step)
                .contains("HELD_PUBLIC", "RELEASED_PUBLIC_BY_HAND");
        assertThat(announcements.history(road)).extracting(no.tavla.news.ItemEvent::step).contains("KEPT_INTERNAL");
    }

    @Test
    void aDrillHoldsNothing() {
        long planned = published("Planlagt under øvelsen", Instant.now().plus(Duration.ofHours(1)));
        long publicAhead = outWithPublicAhead("Offentlig senere");
        switchOn(true);
        assertThat(status(planned)).isEqualTo(ItemStatus.PUBLISHED);
        itsPublicTimeComes(publicAhead);
        assertThat(publicNews.item(publicAhead)).isPresent();
        assertThat(status(published("Også planlagt", Instant.now().plus(Duration.ofHours(2)))))
                .isEqualTo(ItemStatus.PUBLISHED);
    }
}
