package no.tavla.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
    @Autowired
    no.tavla.notifications.TaskReminders reminders;

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
    void theResponsiblePersonIsRemindedADayBeforeAPlannedMeasureWhileThePlanIsActive() {
        as("Ed");
        long plan = plans.create(draft("P", "Ny turnus"));
        Instant thursday = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        long meeting = plans.addMeasure(plan, new MeasureDraft("Personalmøte om turnus", MeasureChannel.STAFF_MEETING,
                null, thursday, org.personId("Ed"), null));
        long soon = plans.addMeasure(plan, new MeasureDraft("Oppslag", MeasureChannel.PRINTED_NOTICE, null,
                Instant.now().plus(Duration.ofHours(2)), org.personId("Ed"), null));
        long nobody = plans.addMeasure(plan, new MeasureDraft("Avis", MeasureChannel.PRESS, null, thursday, null,
                null));
        long past = plans.addMeasure(plan, new MeasureDraft("Gått", MeasureChannel.EMAIL, null,
                Instant.now().minus(Duration.ofHours(2)), org.personId("Ed"), null));
        assertThat(reminders.remindsAt(Plans.subject(meeting))).as("a draft plan reminds no one").isEmpty();

        plans.setStatus(plan, PlanStatus.ACTIVE);
        assertThat(reminders.remindsAt(Plans.subject(meeting))).contains(thursday.minus(Duration.ofDays(1)));
        assertThat(reminders.remindsAt(Plans.subject(soon))).as("within the day: at once").get()
                .satisfies(at -> assertThat(at).isBefore(Instant.now()));
        assertThat(reminders.remindsAt(Plans.subject(nobody))).as("no one is responsible").isEmpty();
        assertThat(reminders.remindsAt(Plans.subject(past))).as("its time has passed").isEmpty();
        long added = plans.addMeasure(plan, new MeasureDraft("Sak på intranett", MeasureChannel.INTRANET_ITEM, null,
                thursday, org.personId("Ed"), null));
        assertThat(reminders.remindsAt(Plans.subject(added))).contains(thursday.minus(Duration.ofDays(1)));

        plans.setMeasureStatus(meeting, MeasureStatus.DONE);
        assertThat(reminders.remindsAt(Plans.subject(meeting))).as("done: nothing to remind of").isEmpty();
        plans.setMeasureStatus(meeting, MeasureStatus.PLANNED);
        assertThat(reminders.remindsAt(Plans.subject(meeting))).isPresent();
        plans.removeMeasure(added);
        assertThat(reminders.remindsAt(Plans.subject(added))).isEmpty();
        plans.setStatus(plan, PlanStatus.CLOSED);
        assertThat(reminders.remindsAt(Plans.subject(meeting))).as("a closed plan reminds no one").isEmpty();
        assertThat(reminders.remindsAt(Plans.subject(soon))).isEmpty();
    }

    @Test
    void aStaffMeetingGoesThroughThePlansItemAndTheUnitsManagersAreAskedToHoldIt() {
        org.person("Pål", "P1").role("MANAGER", "P1");
        as("Ed");
        long plan = plans.create(draft("P", "Møter"), java.util.List.of("Ansatte i P1"), java.util.Locale.of("nb"));
        TargetGroup group = plans.targetGroups(plan).getFirst();
        plans.saveTargetGroup(group.id(), new TargetGroupDraft(group.name(), org.unitId("P1"), group.answers()));
        Instant friday = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        long intranet = plans.addMeasure(plan, new MeasureDraft("Sak om turnus", MeasureChannel.INTRANET_ITEM, null,
                null, null, null));
        long item = plans.makeDraft(intranet);
        long meeting = plans.addMeasure(plan, new MeasureDraft("Personalmøte om turnus", MeasureChannel.STAFF_MEETING,
                null, friday, null, null));
        long inP1 = plans.addMeasure(plan, new MeasureDraft("Oppslag i P1", MeasureChannel.PRINTED_NOTICE,
                group.id(), friday, null, null));
        long press = plans.addMeasure(plan, new MeasureDraft("Avis", MeasureChannel.PRESS, null, friday, null, null));
        long untimed = plans.addMeasure(plan, new MeasureDraft("Møte uten tid", MeasureChannel.STAFF_MEETING, null,
                null, null, null));
        assertThatThrownBy(() -> plans.askManagers(press, item)).isInstanceOf(Refusal.class)
                .hasMessage("plans.measure.not-for-managers");
        assertThatThrownBy(() -> plans.askManagers(untimed, item)).isInstanceOf(Refusal.class)
                .hasMessage("plans.measure.at.ahead");
        assertThatThrownBy(() -> plans.askManagers(meeting, -5)).isInstanceOf(Refusal.class)
                .hasMessage("plans.measure.item.not-in-plan");

        assertThat(plans.askManagers(meeting, item)).as("Mia manages P, Pål P1 below it").isEqualTo(2);
        assertThat(plans.askManagers(inP1, item)).as("Pål; Mia above is not asked").isEqualTo(1);
        assertThat(plans.measures(plan)).filteredOn(measure -> measure.id() == meeting).singleElement()
                .extracting(Measure::itemId).isEqualTo(item);
        assertThat(reminders.subjects(Plans.managersSubject(meeting))).as("a draft plan reminds no one").isEmpty();

        plans.setStatus(plan, PlanStatus.ACTIVE);
        assertThat(reminders.subjects(Plans.managersSubject(meeting))).containsExactlyInAnyOrder(
                Plans.managersSubject(meeting) + org.personId("Mia"), Plans.managersSubject(meeting)
                        + org.personId("Pål"));
        assertThat(reminders.subjects(Plans.managersSubject(inP1))).containsExactly(Plans.managersSubject(inP1)
                + org.personId("Pål"));
        assertThat(reminders.remindsAt(Plans.managersSubject(inP1) + org.personId("Pål")))
                .contains(friday.minus(Duration.ofDays(1)));

        plans.setMeasureStatus(meeting, MeasureStatus.DONE);
        assertThat(reminders.subjects(Plans.managersSubject(meeting))).as("held: nothing to remind of").isEmpty();
        plans.removeMeasure(inP1);
        assertThat(reminders.subjects(Plans.managersSubject(inP1))).isEmpty();
        as("Mona");
        assertThatThrownBy(() -> plans.askManagers(meeting, item)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anIntranetMeasureMakesADraftForThePlansUnitThatSaysWhichPlanItBelongsTo() {
        as("Ed");
        long plan = plans.create(draft("P", "Ny organisering"));
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft(" ", MeasureChannel.INTRANET_ITEM, null, null, null,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.measure.title.required");
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Sak", null, null, null, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("plans.measure.channel.required");
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Sak", MeasureChannel.EMAIL, null, null, -7L,
                null))).isInstanceOf(Refusal.class).hasMessage("plans.measure.responsible.unknown");

        Instant monday = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        long intranet = plans.addMeasure(plan, new MeasureDraft("Nyhetssak om omorganiseringen",
                MeasureChannel.INTRANET_ITEM, null, monday, org.personId("Ed"), "Før personalmøtet"));
        long meeting = plans.addMeasure(plan, new MeasureDraft("Personalmøte", MeasureChannel.STAFF_MEETING,
                null, monday.plus(Duration.ofDays(1)), null, null));
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
        assertThatThrownBy(() -> plans.addMeasure(plan, new MeasureDraft("Min", MeasureChannel.SMS, null, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(itemPlan.forItem(itemId)).isEmpty();
    }

    @Test
    void targetGroupsAnswerTheTemplatesQuestionsAndAMeasureForOneMakesItsDraftForItsStaff() {
        as("Ed");
        long plan = plans.create(draft("P", "Ny turnus"), java.util.List.of("Ansatte uten PC", "Presse"),
                java.util.Locale.of("nb"));
        java.util.List<TargetGroup> groups = plans.targetGroups(plan);
        assertThat(groups).extracting(TargetGroup::name).containsExactly("Ansatte uten PC", "Presse");
        assertThat(groups.getFirst().answers()).extracting(TargetGroup.Answer::question)
                .startsWith("Hvem er de, og hvilke konsekvenser har saken for dem?", "Hva må de vite?")
                .hasSize(5);

        TargetGroup staff = groups.getFirst();
        java.util.List<TargetGroup.Answer> answers = staff.answers().stream()
                .map(answer -> new TargetGroup.Answer(answer.question(), "Svar på " + answer.question())).toList();
        plans.saveTargetGroup(staff.id(), new TargetGroupDraft("Ansatte uten PC i P1", org.unitId("P1"), answers));
        TargetGroup saved = plans.targetGroups(plan).getFirst();
        assertThat(saved.unitName()).isEqualTo(org.unitName("P1"));
        assertThat(saved.answers().get(1).answer()).isEqualTo("Svar på Hva må de vite?");
        long managers = plans.addTargetGroup(plan, "Ledere", null, java.util.Locale.ENGLISH);
        assertThat(plans.targetGroups(plan)).filteredOn(found -> found.id() == managers).singleElement()
                .satisfies(found -> assertThat(found.answers()).extracting(TargetGroup.Answer::question)
                        .as("the template's questions, asked in the form's language").contains("What must they know?"));
        plans.removeTargetGroup(managers);

        assertThatThrownBy(() -> plans.saveTargetGroup(staff.id(), new TargetGroupDraft(" ", null, answers)))
                .isInstanceOf(Refusal.class).hasMessage("plans.target.name.required");
        assertThatThrownBy(() -> plans.saveTargetGroup(staff.id(), new TargetGroupDraft("X", -3L, answers)))
                .isInstanceOf(Refusal.class).hasMessage("plans.target.unit.unknown");
        assertThatThrownBy(() -> plans.saveTargetGroup(staff.id(), new TargetGroupDraft("X", null, java.util.List.of(
                new TargetGroup.Answer("Hva?", "x".repeat(4_001)))))).isInstanceOf(Refusal.class)
                .hasMessage("plans.target.answer.too-long");
        assertThat(plans.targetGroups(plan).getFirst().answers()).as("nothing half-saved").hasSize(5)
                .allSatisfy(answer -> assertThat(answer.answer()).startsWith("Svar på"));

        long measure = plans.addMeasure(plan, new MeasureDraft("Sak til ansatte uten PC", MeasureChannel.INTRANET_ITEM,
                staff.id(), null, null, null));
        assertThat(plans.measures(plan).getFirst().targetGroupName()).isEqualTo("Ansatte uten PC i P1");
        long itemId = plans.makeDraft(measure);
        assertThat(announcements.forEditing(itemId).audience().units()).as("the group's staff")
                .containsExactly(new AudienceUnit(org.unitId("P1"), true));
        assertThat(announcements.forEditing(itemId).unitId()).as("owned by the plan's unit").isEqualTo(org.unitId("P"));

        long other = plans.create(draft("P", "Annen sak"));
        long press = groups.getLast().id();
        assertThatThrownBy(() -> plans.addMeasure(other, new MeasureDraft("Feil", MeasureChannel.PRESS, press, null,
                null, null))).isInstanceOf(Refusal.class).hasMessage("plans.target.unknown");

        as("Eve");
        assertThatThrownBy(() -> plans.targetGroups(plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.removeTargetGroup(press)).isInstanceOf(AccessDeniedException.class);
        as("Ed");
        plans.removeTargetGroup(staff.id());
        assertThat(plans.measures(plan).getFirst().targetGroupId()).as("the measure stays, for the whole plan")
                .isNull();
    }

    @Test
    void theBudgetHasRowsAndATotalAndRefusesWhatIsNotAPrice() {
        as("Ed");
        long plan = plans.create(draft("P", "Budsjett"));
        plans.addBudgetRow(plan, new BudgetRowDraft("Annonse i lokalavisa", "Innbyggere", MeasureChannel.PRESS,
                Plans.price("12 500")));
        long flyer = plans.addBudgetRow(plan, new BudgetRowDraft("Plakater", null, null, Plans.price("2.400 kr")));
        assertThat(plans.budget(plan).rows()).extracting(BudgetRow::price).containsExactly(12_500L, 2_400L);
        assertThat(plans.budget(plan).total()).isEqualTo(14_900L);

        assertThatThrownBy(() -> plans.addBudgetRow(plan, new BudgetRowDraft(" ", null, null, 1L)))
                .isInstanceOf(Refusal.class).hasMessage("plans.budget.measure.required");
        assertThatThrownBy(() -> plans.addBudgetRow(plan, new BudgetRowDraft("X", null, null, null)))
                .isInstanceOf(Refusal.class).hasMessage("plans.budget.price.required");
        assertThatThrownBy(() -> plans.addBudgetRow(plan, new BudgetRowDraft("X", null, null, -1L)))
                .isInstanceOf(Refusal.class).hasMessage("plans.budget.price.range");
        plans.removeBudgetRow(flyer);
        assertThat(plans.budget(plan).total()).isEqualTo(12_500L);

        as("Mona");
        assertThatThrownBy(() -> plans.budget(plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addBudgetRow(plan, new BudgetRowDraft("X", null, null, 1L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void communicationsMakeTheTemplateTheMunicipalitysOwnAndPlansKeepTheQuestionsTheyWereAsked() {
        as("Ed");
        PlanTemplate shipped = plans.template(java.util.Locale.of("nb"));
        assertThat(shipped.ownGroups()).isFalse();
        assertThat(shipped.targetGroups()).contains("Ansatte uten PC", "Tillitsvalgte og verneombud", "Presse");
        assertThat(plans.template(java.util.Locale.ENGLISH).questions()).contains("What must they know?");
        assertThat(shipped.channels()).containsExactly(MeasureChannel.values());
        long before = plans.create(draft("P", "Før malen"), java.util.List.of("Ledere"), java.util.Locale.of("nb"));
        assertThatThrownBy(() -> plans.saveTemplate(java.util.List.of("X"), java.util.List.of(), java.util.Set.of(
                MeasureChannel.EMAIL))).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        try {
            assertThatThrownBy(() -> plans.saveTemplate(java.util.List.of("A", "A"), java.util.List.of(),
                    java.util.Set.of(MeasureChannel.EMAIL))).isInstanceOf(Refusal.class)
                    .hasMessage("plans.template.twice");
            assertThatThrownBy(() -> plans.saveTemplate(java.util.List.of("A"), java.util.List.of(),
                    java.util.Set.of())).isInstanceOf(Refusal.class).hasMessage("plans.template.channels.required");
            plans.saveTemplate(java.util.List.of("Foreldre", "  ", "Ansatte i barnehagene"),
                    java.util.List.of("Hva må de vite?", "Når må de vite det?"),
                    java.util.EnumSet.of(MeasureChannel.INTRANET_ITEM, MeasureChannel.PRINTED_NOTICE));
            PlanTemplate own = plans.template(java.util.Locale.ENGLISH);
            assertThat(own.targetGroups()).as("in the language they wrote").containsExactly("Foreldre",
                    "Ansatte i barnehagene");
            assertThat(own.questions()).containsExactly("Hva må de vite?", "Når må de vite det?");
            assertThat(own.channels()).containsExactly(MeasureChannel.INTRANET_ITEM, MeasureChannel.PRINTED_NOTICE);

            as("Ed");
            assertThatThrownBy(() -> plans.addMeasure(before, new MeasureDraft("SMS", MeasureChannel.SMS, null, null,
                    null, null))).isInstanceOf(Refusal.class).hasMessage("plans.measure.channel.not-offered");
            long after = plans.create(draft("P", "Etter malen"), java.util.List.of("Foreldre"),
                    java.util.Locale.of("nb"));
            assertThat(plans.targetGroups(after).getFirst().answers()).extracting(TargetGroup.Answer::question)
                    .containsExactly("Hva må de vite?", "Når må de vite det?");
            assertThat(plans.targetGroups(before).getFirst().answers()).as("kept as asked").hasSize(5);
        } finally {
            as("Kim", "COMMUNICATIONS");
            plans.saveTemplate(java.util.List.of(), java.util.List.of(), java.util.EnumSet.allOf(MeasureChannel.class));
        }
        assertThat(plans.template(java.util.Locale.of("nb")).ownGroups()).as("back to the default").isFalse();
    }

    private long item(String title) {
        return announcements.create(no.tavla.news.ItemDraft.of(title + " " + org.tag(), "Ingress", "Tekst",
                org.unitId("P"), null, no.tavla.news.ItemKind.NORMAL, null, true,
                no.tavla.news.Audience.units(new AudienceUnit(org.unitId("P"), true)), null, null, null));
    }

    @Test
    void anUntitledItemLinkedToAPlanNamesItsMeasureInTheItemsLanguage() {
        as("Ed");
        long plan = plans.create(draft("P", "Sommer"));
        long untitled = item("");
        jdbc.update("UPDATE news_item SET title = '', language = 'sv' WHERE id = ?", untitled);
        itemPlan.link(untitled, plan);
        assertThat(plans.measures(plan)).singleElement().extracting(Measure::title).isEqualTo("Inlägg i Tavla");
    }

    @Test
    void anItemAboutAReorganisationIsNotSubmittedOrPublishedWithoutAPlanUnlessCommunicationsWaiveIt() {
        as("Ed");
        long plan = plans.create(draft("P", "Omorganisering"));
        long reorganisation = item("Ny organisering");
        announcements.markChange(reorganisation, no.tavla.news.ChangeKind.REORGANISATION);
        assertThat(announcements.planRequirement(reorganisation).met()).isFalse();
        assertThatThrownBy(() -> announcements.publish(reorganisation)).isInstanceOf(Refusal.class)
                .hasMessage("news.plan.required");
        assertThatThrownBy(() -> announcements.submit(reorganisation)).isInstanceOf(Refusal.class)
                .hasMessage("news.plan.required");
        assertThat(announcements.forEditing(reorganisation).status()).as("nothing moved").isEqualTo(ItemStatus.DRAFT);
        assertThatThrownBy(() -> announcements.waivePlan(reorganisation, "Haster"))
                .as("only communications waive").isInstanceOf(AccessDeniedException.class);

        assertThat(itemPlan.linkable(reorganisation)).extracting(ItemPlan.PlanLink::planId).contains(plan);
        itemPlan.link(reorganisation, plan);
        assertThat(plans.measures(plan)).singleElement().satisfies(measure -> {
            assertThat(measure.itemId()).isEqualTo(reorganisation);
            assertThat(measure.channel()).isEqualTo(MeasureChannel.INTRANET_ITEM);
            assertThat(measure.responsibleName()).isEqualTo(org.personName("Ed"));
        });
        assertThatThrownBy(() -> itemPlan.link(reorganisation, plan)).isInstanceOf(Refusal.class)
                .hasMessage("plans.item.linked");
        assertThat(announcements.planRequirement(reorganisation).met()).isTrue();
        announcements.publish(reorganisation);
        assertThat(announcements.forEditing(reorganisation).status()).isEqualTo(ItemStatus.PUBLISHED);

        long serviceChange = item("Nye åpningstider");
        announcements.markChange(serviceChange, no.tavla.news.ChangeKind.SERVICE_CHANGE);
        as("Eve");
        assertThatThrownBy(() -> itemPlan.link(serviceChange, plan)).as("not her plan, not her item")
                .isInstanceOf(AccessDeniedException.class);
        as("Kim", "COMMUNICATIONS");
        assertThat(announcements.mayWaivePlan(serviceChange)).isTrue();
        assertThatThrownBy(() -> announcements.waivePlan(serviceChange, " ")).isInstanceOf(Refusal.class)
                .hasMessage("news.reason.required");
        announcements.waivePlan(serviceChange, "Liten endring, varslet på personalmøtet");
        assertThat(announcements.planRequirement(serviceChange)).satisfies(requirement -> {
            assertThat(requirement.met()).isTrue();
            assertThat(requirement.planned()).isFalse();
            assertThat(requirement.waivedBy()).contains("Kim");
        });
        assertThat(announcements.history(serviceChange)).extracting(no.tavla.news.ItemEvent::step)
                .contains("MARKED_SERVICE_CHANGE", "PLAN_WAIVED");
        as("Ed");
        announcements.submit(serviceChange);
        assertThat(announcements.forEditing(serviceChange).status()).isEqualTo(ItemStatus.SUBMITTED);

        long marked = item("Sammenslåing");
        announcements.submit(marked);
        as("Kim", "COMMUNICATIONS");
        announcements.markChange(marked, no.tavla.news.ChangeKind.REORGANISATION);
        assertThatThrownBy(() -> announcements.approve(marked)).as("approval too").isInstanceOf(Refusal.class)
                .hasMessage("news.plan.required");
        announcements.markChange(marked, null);
        announcements.approve(marked);
        assertThat(announcements.forEditing(marked).status()).isEqualTo(ItemStatus.PUBLISHED);
        long unmarked = item("Ingen endring");
        assertThatThrownBy(() -> announcements.waivePlan(unmarked, "Fordi")).isInstanceOf(Refusal.class)
                .hasMessage("news.plan.not-required");
    }

    @Test
    void theEvaluationsFiguresComeFromWhatReallyHappenedAndSayWhichMeasuresSlipped() {
        org.person("Pia", "P1");
        org.person("Per", "P1");
        as("Ed");
        long plan = plans.create(draft("P", "Evaluering"), java.util.List.of("Ansatte i P1"), java.util.Locale.of("nb"));
        TargetGroup group = plans.targetGroups(plan).getFirst();
        plans.saveTargetGroup(group.id(), new TargetGroupDraft(group.name(), org.unitId("P1"), group.answers()));
        Instant past = Instant.now().minus(Duration.ofDays(2));
        long intranet = plans.addMeasure(plan, new MeasureDraft("Sak om turnus", MeasureChannel.INTRANET_ITEM,
                null, null, null, null));
        plans.addMeasure(plan, new MeasureDraft("Personalmøte", MeasureChannel.STAFF_MEETING, null, past, null, null));
        long dropped = plans.addMeasure(plan, new MeasureDraft("Avis", MeasureChannel.PRESS, null, past, null, null));
        plans.setMeasureStatus(dropped, MeasureStatus.DROPPED);
        long itemId = plans.makeDraft(intranet);
        announcements.publish(itemId);
        jdbc.update("INSERT INTO news_read (item_id, person_id, seen_at) VALUES (?, ?, NOW(6))", itemId,
                org.personId("Pia"));
        for (Object[] told : new Object[][] {{"Pia", "EMAIL", "SENT"}, {"Per", "EMAIL", "SENT"},
                {"Mona", "EMAIL", "FAILED"}, {"Per", "SMS", "SENT"}}) {
            jdbc.update("INSERT INTO notification_outbox (person_id, item_id, channel, kind, status, attempts, due_at,"
                    + " created_at) VALUES (?, ?, ?, 'RELEASED', ?, 1, NOW(6), NOW(6))", org.personId((String) told[0]),
                    itemId, told[1], told[2]);
        }
        plans.setStatus(plan, PlanStatus.ACTIVE);
        plans.setStatus(plan, PlanStatus.CLOSED);

        PlanEvaluation evaluation = plans.evaluation(plan);
        assertThat(evaluation.closedAt()).isNotNull();
        assertThat(evaluation.measures()).extracting(result -> result.measure().title(), PlanEvaluation.MeasureResult::slip)
                .as("by time, none last").containsExactly(tuple("Personalmøte", PlanEvaluation.Slip.NOT_DONE),
                        tuple("Avis", null), tuple("Sak om turnus", null));
        assertThat(evaluation.slipped()).isEqualTo(1);
        PlanEvaluation.MeasureResult item = evaluation.measures().getLast();
        assertThat(item.releasedAt()).isNotNull();
        assertThat(item.reach().audience()).as("P and P1: Ed, Mona, Mia, Pia, Per").isEqualTo(5);
        assertThat(item.reach().seen()).isEqualTo(1);
        assertThat(item.told()).as("sent, not failed").isEqualTo(new PlanEvaluation.Told(2, 1));
        assertThat(evaluation.measures().getFirst().told()).as("no item: nothing sent").isNull();
        assertThat(evaluation.groups()).singleElement().satisfies(result -> {
            assertThat(result.items()).singleElement().satisfies(inGroup -> {
                assertThat(inGroup.reach().audience()).as("the staff of P1").isEqualTo(2);
                assertThat(inGroup.reach().seen()).isEqualTo(1);
                assertThat(inGroup.reach().percent()).isEqualTo(50);
                assertThat(inGroup.told()).as("Pia's and Per's e-mails, Per's SMS; Mona is not in P1")
                        .isEqualTo(new PlanEvaluation.Told(2, 1));
            });
        });

        assertThatThrownBy(() -> plans.channelEffect()).as("communications only")
                .isInstanceOf(AccessDeniedException.class);
        as("Kim", "COMMUNICATIONS");
        assertThat(plans.channelEffect()).filteredOn(row -> row.channel() == MeasureChannel.STAFF_MEETING
                || row.channel() == MeasureChannel.INTRANET_ITEM).filteredOn(row -> row.targetGroup() == null)
                .isNotEmpty().allSatisfy(row -> assertThat(row.measures()).isPositive());
        ChannelEffect intranetEffect = plans.channelEffect().stream().filter(row -> row.targetGroup() == null
                && row.channel() == MeasureChannel.INTRANET_ITEM).findFirst().orElseThrow();
        assertThat(intranetEffect.audience()).as("adds up the items' audiences").isGreaterThanOrEqualTo(5);
        assertThat(intranetEffect.reached()).isPositive();
        as("Ed");
        plans.saveEvaluation(plan, "Personalmøtet manglet", "Planlegg møtet først");
        assertThatThrownBy(() -> plans.saveEvaluation(plan, "x".repeat(10_001), null)).isInstanceOf(Refusal.class)
                .hasMessage("plans.evaluation.too-long");
        assertThat(plans.evaluation(plan).worked()).isEqualTo("Personalmøtet manglet");
        as("Mona");
        assertThatThrownBy(() -> plans.evaluation(plan)).isInstanceOf(AccessDeniedException.class);
    }
}
