package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import no.tavla.news.AudienceUnit;
import no.tavla.news.Item;
import no.tavla.news.ItemPlan;
import no.tavla.news.ItemStatus;
import no.tavla.news.writing.Announcements;
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
 * Communication plans' rules on MariaDB (issue 16): a unit's editors own their unit's plans, communications see and
 * change every plan, no one else sees one; what a plan and a measure must say; and an intranet measure makes a draft
 * item for the plan's unit that says which plan it belongs to.
 */
@TavlaIntegrationTest
class PlansIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Plans plans;
    @Autowired
    Announcements announcements;
    @Autowired
    ItemPlan itemPlan;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "plans");
        org.unit("P");
        org.unit("P1", "P");
        org.unit("Q");
        org.person("Ed", "P").role("EDITOR", "P");
        org.person("Eve", "Q").role("EDITOR", "Q");
        org.person("Kim", "Q").role("COMMUNICATIONS", null);
        org.person("Mona", "P");
        org.person("Mia", "P").role("MANAGER", "P");
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(contexts);
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(contexts, org.subject(name), roles);
    }

    private PlanDraft draft(String unit, String name) {
        return new PlanDraft(org.unitId(unit), name + " " + org.tag(), "Bakgrunn", "Vedtak i kommunestyret",
                "2026/1234", "Alle vet hva som skjer", "Ingen mister jobben.");
    }

    @Test
    void aUnitsEditorsOwnItsPlansCommunicationsSeeEveryPlanAndNoOneElseSeesOne() {
        as("Ed");
        assertThat(plans.mayPlan()).isTrue();
        long plan = plans.create(draft("P", "Ny organisering"));
        long sub = plans.create(draft("P1", "Flytting av kontor"));
        assertThatThrownBy(() -> plans.create(draft("Q", "Ikke min"))).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.list()).extracting(Plan::id).contains(plan, sub);
        assertThat(plans.find(plan)).get().satisfies(found -> {
            assertThat(found.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(found.createdBy()).isEqualTo(org.personName("Ed"));
            assertThat(found.keyMessages()).isEqualTo("Ingen mister jobben.");
        });

        for (String name : new String[] {"Mona", "Mia"}) {
            as(name);
            assertThat(plans.mayPlan()).as(name).isFalse();
            assertThatThrownBy(() -> plans.list()).as(name).isInstanceOf(AccessDeniedException.class);
            assertThat(plans.find(plan)).as(name).isEmpty();
            assertThatThrownBy(() -> plans.measures(plan)).as(name).isInstanceOf(AccessDeniedException.class);
        }
        as("Eve");
        assertThat(plans.list()).extracting(Plan::id).doesNotContain(plan, sub);
        assertThat(plans.find(plan)).isEmpty();
        assertThatThrownBy(() -> plans.setStatus(plan, PlanStatus.ACTIVE)).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        assertThat(plans.list()).extracting(Plan::id).contains(plan, sub);
        Plan found = plans.find(plan).orElseThrow();
        assertThat(plans.mayEdit(found)).isTrue();
        plans.setStatus(plan, PlanStatus.ACTIVE);
        assertThat(plans.find(plan).orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void aPlanNeedsANameTextsHaveLimitsAndASecondWriterDoesNotOverwriteTheFirst() {
        as("Ed");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class);
        assertThatThrownBy(() -> plans.create(new PlanDraft(org.unitId("P"), "  ", null, null, null, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("plans.name.required");
        assertThatThrownBy(() -> plans.create(new PlanDraft(org.unitId("P"), "x".repeat(201), null, null, null, null,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.name.too-long");
        assertThatThrownBy(() -> plans.create(new PlanDraft(org.unitId("P"), "Sak", null, null, "x".repeat(101), null,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.archive-ref.too-long");
        assertThatThrownBy(() -> plans.create(new PlanDraft(org.unitId("P"), "Sak", null, null, null,
                "x".repeat(10_001), null))).isInstanceOf(Refusal.class).hasMessage("plans.goal.too-long");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class)).as("nothing written")
                .isEqualTo(before);

        long plan = plans.create(draft("P", "Nytt turnussystem"));
        Plan read = plans.find(plan).orElseThrow();
        plans.save(plan, new PlanDraft(org.unitId("P"), "Nytt turnussystem " + org.tag(), null, null, null,
                "Alle kjenner turnusen før jul", "Turnusen blir enklere."), read.version());
        assertThatThrownBy(() -> plans.save(plan, new PlanDraft(org.unitId("P"), "Gammel tekst", null, null, null,
                null, null), read.version())).isInstanceOf(Refusal.class).hasMessage("plans.changed");
        assertThat(plans.find(plan).orElseThrow()).satisfies(saved -> {
            assertThat(saved.goal()).isEqualTo("Alle kjenner turnusen før jul");
            assertThat(saved.background()).as("emptied").isNull();
        });
    }

    @Test
    void anIntranetMeasureMakesADraftForThePlansUnitThatSaysWhichPlanItBelongsTo() {
        as("Ed");
        long plan = plans.create(draft("P", "Ny organisering"));
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft(" ", MeasureChannel.INTRANET_ITEM, null, null,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.measure.title.required");
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Sak", null, null, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("plans.measure.channel.required");
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Sak", MeasureChannel.EMAIL, null, -7L,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.measure.responsible.unknown");

        Instant monday = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        long intranet = plans.addMeasure(plan, new MeasureDraft("Nyhetssak om omorganiseringen",
                MeasureChannel.INTRANET_ITEM, monday, org.personId("Ed"), "Før personalmøtet"));
        long meeting = plans.addMeasure(plan, new MeasureDraft("Personalmøte", MeasureChannel.STAFF_MEETING,
                monday.plus(Duration.ofDays(1)), null, null));
        assertThat(plans.measures(plan)).extracting(Measure::title).containsExactly("Nyhetssak om omorganiseringen",
                "Personalmøte");
        assertThat(plans.measures(plan).getFirst().responsibleName()).isEqualTo(org.personName("Ed"));
        assertThatThrownBy(() -> plans.makeDraft(meeting)).isInstanceOf(Refusal.class)
                .hasMessage("plans.measure.not-intranet");

        long itemId = plans.makeDraft(intranet);
        Item item = announcements.forEditing(itemId);
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.title()).isEqualTo("Nyhetssak om omorganiseringen");
        assertThat(item.body()).isEqualTo("Ingen mister jobben.");
        assertThat(item.unitId()).isEqualTo(org.unitId("P"));
        assertThat(item.audience().units()).containsExactly(new AudienceUnit(org.unitId("P"), true));
        assertThat(item.releaseAt()).as("planned for the measure's time").isEqualTo(monday);
        assertThat(item.externalReleaseAt()).as("internal only until someone plans a public part").isNull();
        assertThatThrownBy(() -> plans.makeDraft(intranet)).isInstanceOf(Refusal.class)
                .hasMessage("plans.measure.has-item");
        assertThat(plans.measures(plan).getFirst().itemId()).isEqualTo(itemId);
        assertThat(itemPlan.forItem(itemId)).get().extracting(ItemPlan.PlanLink::planId).isEqualTo(plan);

        plans.setMeasureStatus(meeting, MeasureStatus.DONE);
        assertThat(plans.measures(plan).getLast().status()).isEqualTo(MeasureStatus.DONE);
        plans.removeMeasure(intranet);
        assertThat(announcements.forEditing(itemId)).as("the item lives on").isNotNull();
        assertThat(itemPlan.forItem(itemId)).isEmpty();

        as("Mona");
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Min", MeasureChannel.SMS, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(itemPlan.forItem(itemId)).isEmpty();
    }
}
