package no.tavla.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

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
 * Crisis mode's rules on MariaDB (decision 0020): who may switch it on, what the confirmation says it will do, whom it
 * holds (its scope with everything below), one crisis and one drill at a time, its updates, confirmations, switching
 * it off, and the log that remains.
 */
@TavlaIntegrationTest
class CrisesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Crises crises;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contexts;
    @Autowired
    CrisisPages pages;
    @Autowired
    CrisisFollowUp followUp;
    @Autowired
    no.tavla.news.publishing.PublicNews publicNews;
    @Autowired
    no.tavla.news.reading.ReleasedItems released;

    private TestOrganisation org;

    @BeforeEach
    void organisation() {
        endEveryCrisis();
        org = new TestOrganisation(jdbc, "crisis");
        org.unit("S");
        org.unit("S1", "S");
        org.unit("T");
        org.unit("X", null, "UNIT", "ARCHIVED");
        org.person("Mona", "S").email("mona." + org.tag() + "@kommune.example").mobile("+4791000001");
        org.person("Kari", "S1").email("kari." + org.tag() + "@kommune.example");
        org.person("Per", "S").withoutComputer().mobile("+4791000002");
        org.person("Siv", "S").withoutComputer();
        org.person("Lise", "T").email("lise." + org.tag() + "@kommune.example");
        org.person("Cato", "T").role("CRISIS", null);
        org.person("Kim", "T").role("COMMUNICATIONS", null);
        org.person("Ada", "T").role("ADMIN", null);
        org.person("Ed", "S").role("EDITOR", "S");
        org.person("Mia", "S").role("MANAGER", "S");
    }

    @AfterEach
    void signOutAndEnd() {
        ServiceSignIn.out(contexts);
        endEveryCrisis();
    }

    /** A crisis left on would be in force for every other test's people. */
    private void endEveryCrisis() {
        no.tavla.support.CrisisCleanup.endEveryCrisis(jdbc);
    }

    private void as(String name, String... roles) {
        ServiceSignIn.as(contexts, org.subject(name), roles);
    }

    private CrisisDraft forS(String title) {
        return new CrisisDraft(title, "Vannet er forurenset. Ikke drikk vann fra springen.", false,
                Set.of(org.unitId("S")), false);
    }

    @Test
    void onlyTheCrisisStaffAndCommunicationsSwitchItOnNotAdministratorsAsSuch() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM crisis", Integer.class);
        for (String name : List.of("Lise", "Ed", "Mia")) {
            as(name);
            assertThat(crises.mayLead()).as(name).isFalse();
            assertThatThrownBy(() -> crises.switchOn(forS("Vannforurensing " + org.tag()))).as(name)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> crises.forecast(forS("Vannforurensing"))).as(name)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> crises.lasting()).as(name).isInstanceOf(AccessDeniedException.class);
        }
        as("Ada", "ADMIN");
        assertThat(crises.mayLead()).as("an administrator grants the role, and does not hold it as such").isFalse();
        assertThatThrownBy(() -> crises.switchOn(forS("Vannforurensing " + org.tag())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crisis", Integer.class)).as("nothing written")
                .isEqualTo(before);

        as("Kim", "COMMUNICATIONS");
        assertThat(crises.mayLead()).isTrue();
        Crisis crisis = crises.switchOn(forS("Vannforurensing " + org.tag()));
        assertThat(crisis.lasting()).isTrue();
        assertThat(crisis.startedBy()).isEqualTo(org.personName("Kim"));
        crises.switchOff(crisis.id(), "Vannet er trygt igjen.");

        as("Cato", "CRISIS");
        assertThat(crises.mayLead()).isTrue();
        assertThat(crises.switchOn(forS("Vannforurensing igjen " + org.tag())).startedBy())
                .isEqualTo(org.personName("Cato"));
    }

    @Test
    void theConfirmationSaysWhatWillHappenAndThenItIsInForceForItsScopeOnly() {
        as("Cato", "CRISIS");
        CrisisForecast.Channels reach = crises.forecast(forS("Vannforurensing"));
        // Mona, Kari (S1, below S), Per, Siv, Ed and Mia; the local profile has e-mail and SMS set up: a banner for the
        // four with a PC, SMS to Mona and Per, e-mail to Mona and Kari, and Siv only on paper
        assertThat(reach).isEqualTo(new CrisisForecast.Channels(6, 4, 2, 2, 1));

        Crisis crisis = crises.switchOn(forS("Vannforurensing " + org.tag()));

        for (String name : List.of("Mona", "Kari", "Per", "Siv")) {
            as(name);
            assertThat(crises.forMe()).as(name).get().extracting(Crisis::id).isEqualTo(crisis.id());
            assertThat(crises.find(crisis.id())).as(name).isPresent();
        }
        as("Lise");
        assertThat(crises.forMe()).as("another unit").isEmpty();
        assertThat(crises.find(crisis.id())).as("not hers to see").isEmpty();
        assertThatThrownBy(() -> crises.confirm(crisis.id())).isInstanceOf(Refusal.class)
                .hasMessage("crisis.not-for-you");

        as("Cato", "CRISIS");
        assertThat(crises.lasting()).extracting(Crisis::id).containsExactly(crisis.id());
        assertThat(crises.log(crisis.id())).satisfiesExactly(entry -> {
            assertThat(entry.event()).isEqualTo("SWITCHED_ON");
            assertThat(entry.person()).isEqualTo(org.personName("Cato"));
            assertThat(entry.detail()).isEqualTo("Vannforurensing " + org.tag());
        }, entry -> {
            // what the confirmation said, as numbers the log page words in the reader's language
            assertThat(entry.event()).isEqualTo("REACH");
            assertThat(entry.counts()).containsExactly(6, 4, 2, 2, 1);
        }, entry -> {
            // the planned releases held back (decision 0021): others' too, whatever the test database holds
            assertThat(entry.event()).isEqualTo("HELD");
        }, entry -> {
            // and the messages written at once: SMS to Mona and Per, e-mail to Mona and Kari
            assertThat(entry.event()).isEqualTo("MESSAGES");
            assertThat(entry.counts()).containsExactly(2, 2);
        });
        crises.switchOff(crisis.id(), "Vannet er trygt igjen.");

        Crisis everyone = crises.switchOn(new CrisisDraft("Strømbrudd " + org.tag(), "Strømmen er borte i hele"
                + " kommunen.", true, Set.of(), false));
        as("Lise");
        assertThat(crises.forMe()).as("the whole municipality").get().extracting(Crisis::id).isEqualTo(everyone.id());
    }

    @Test
    void oneCrisisAndOneDrillAtATimeAndADraftThatBreaksARuleWritesNothing() {
        as("Cato", "CRISIS");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM crisis", Integer.class);
        assertRefused(new CrisisDraft(" ", "Melding", false, Set.of(org.unitId("S")), false), "crisis.title.required");
        assertRefused(new CrisisDraft("x".repeat(121), "Melding", false, Set.of(org.unitId("S")), false),
                "crisis.title.too-long");
        assertRefused(new CrisisDraft("Tittel", "", false, Set.of(org.unitId("S")), false), "crisis.message.required");
        assertRefused(new CrisisDraft("Tittel", "x".repeat(2001), false, Set.of(org.unitId("S")), false),
                "crisis.message.too-long");
        assertRefused(new CrisisDraft("Tittel", "Melding", false, Set.of(), false), "crisis.scope.required");
        assertRefused(new CrisisDraft("Tittel", "Melding", false, Set.of(org.unitId("X")), false),
                "crisis.scope.unit-not-active");
        assertRefused(new CrisisDraft("Tittel", "Melding", false, Set.of(-1L), false), "crisis.scope.unit-not-active");
        assertRefused(new CrisisDraft("Tittel", "Melding", true, Set.of(), true), "crisis.drill.needs-group");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM crisis", Integer.class)).isEqualTo(before);

        Crisis real = crises.switchOn(forS("Vannforurensing " + org.tag()));
        assertRefused(forS("Vannforurensing to ganger"), "crisis.already-on");
        Crisis drill = crises.switchOn(new CrisisDraft("Øvelse " + org.tag(), "Dette er en øvelse.", false,
                Set.of(org.unitId("S1"), org.unitId("T")), true));
        assertRefused(new CrisisDraft("Øvelse to", "Dette er en øvelse.", false, Set.of(org.unitId("T")), true),
                "crisis.drill.already-on");
        assertThat(crises.lasting()).extracting(Crisis::id).containsExactly(real.id(), drill.id());

        as("Kari");
        assertThat(crises.forMe()).as("in both: the crisis comes first").get().extracting(Crisis::id)
                .isEqualTo(real.id());
        assertThat(crises.mayConfirm(drill.id())).as("and she may confirm the drill too").isTrue();
        as("Lise");
        assertThat(crises.forMe()).as("in the exercise group only").get().satisfies(crisis -> {
            assertThat(crisis.id()).isEqualTo(drill.id());
            assertThat(crisis.drill()).isTrue();
        });
    }

    private void assertRefused(CrisisDraft draft, String key) {
        assertThatThrownBy(() -> crises.switchOn(draft)).as(key).isInstanceOf(Refusal.class).hasMessage(key);
    }

    @Test
    void updatesConfirmationsAndSwitchingOffLeaveTheLogForTheEvaluation() {
        as("Cato", "CRISIS");
        Crisis crisis = crises.switchOn(forS("Vannforurensing " + org.tag()));
        crises.post(crisis.id(), "Vann deles ut ved rådhuset fra kl. 14.", true, false);
        crises.post(crisis.id(), "Ny utdeling ved skolen kl. 18.", false, false);
        assertThatThrownBy(() -> crises.post(crisis.id(), "  ", false, false)).isInstanceOf(Refusal.class)
                .hasMessage("crisis.update.required");
        assertThatThrownBy(() -> crises.post(crisis.id(), "x".repeat(1001), false, false))
                .isInstanceOf(Refusal.class).hasMessage("crisis.update.too-long");

        as("Kari");
        assertThat(crises.updates(crisis.id())).extracting(CrisisUpdate::text).as("newest first")
                .containsExactly("Ny utdeling ved skolen kl. 18.", "Vann deles ut ved rådhuset fra kl. 14.");
        assertThatThrownBy(() -> crises.post(crisis.id(), "Jeg vil også poste", false, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(crises.confirmedByMe(crisis.id())).isFalse();
        assertThat(crises.confirm(crisis.id())).isTrue();
        assertThat(crises.confirm(crisis.id())).as("once is enough").isFalse();
        assertThat(crises.confirmedByMe(crisis.id())).isTrue();
        assertThatThrownBy(() -> crises.confirmations(crisis.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crises.log(crisis.id())).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        assertThat(crises.confirmations(crisis.id())).isEqualTo(1);
        assertThatThrownBy(() -> crises.switchOff(crisis.id(), " ")).isInstanceOf(Refusal.class)
                .hasMessage("crisis.closing.required");
        crises.switchOff(crisis.id(), "Vannet er trygt å drikke igjen.");
        assertThatThrownBy(() -> crises.switchOff(crisis.id(), "En gang til")).isInstanceOf(Refusal.class)
                .hasMessage("crisis.ended");
        assertThatThrownBy(() -> crises.post(crisis.id(), "For sent", false, false)).isInstanceOf(Refusal.class)
                .hasMessage("crisis.ended");
        assertThat(crises.lasting()).isEmpty();
        assertThat(crises.find(crisis.id())).get().satisfies(ended -> {
            assertThat(ended.lasting()).isFalse();
            assertThat(ended.closingMessage()).isEqualTo("Vannet er trygt å drikke igjen.");
        });
        assertThat(crises.log(crisis.id())).extracting(CrisisLogEntry::event, CrisisLogEntry::person).containsExactly(
                tuple("SWITCHED_ON", org.personName("Cato")),
                tuple("REACH", null),
                tuple("HELD", null),
                tuple("MESSAGES", null),
                tuple("UPDATE_SMS", org.personName("Cato")),
                tuple("MESSAGES", null),
                tuple("UPDATE", org.personName("Cato")),
                tuple("SWITCHED_OFF", org.personName("Kim")));
        assertThat(crises.log(crisis.id()).get(4).detail()).isEqualTo("Vann deles ut ved rådhuset fra kl. 14.");

        as("Kari");
        assertThat(crises.forMe()).as("the banner goes").isEmpty();
        assertThat(crises.find(crisis.id())).as("the closing message reaches those it held").get()
                .extracting(Crisis::closingMessage).isEqualTo("Vannet er trygt å drikke igjen.");
        assertThat(crises.mayConfirm(crisis.id())).isFalse();
        assertThatThrownBy(() -> crises.confirm(crisis.id())).isInstanceOf(Refusal.class).hasMessage("crisis.ended");
        as("Lise");
        assertThat(crises.find(crisis.id())).as("not hers, in force or ended").isEmpty();
    }

    @Test
    void reachShowsWhoConfirmedManagersByNameCommunicationsInNumbersOthersNothing() {
        as("Cato", "CRISIS");
        Crisis crisis = crises.switchOn(forS("Vannforurensing " + org.tag()));
        as("Kari");
        crises.confirm(crisis.id());
        as("Mona");
        crises.confirm(crisis.id());

        as("Mia");
        List<CrisisFollowUp.UnitConfirmations> mine = followUp.forUnit(org.unitId("S"));
        assertThat(mine).filteredOn(one -> one.crisis().id() == crisis.id()).singleElement().satisfies(one -> {
            assertThat(one.people()).as("S with S1: Mona, Kari, Per, Siv, Ed, Mia").isEqualTo(6);
            assertThat(one.confirmed()).isEqualTo(2);
            assertThat(one.percent()).isEqualTo(33);
            assertThat(one.notConfirmed()).extracting(no.tavla.organisation.Audiences.Member::name)
                    .as("those without a PC first").containsExactly(org.personName("Per"), org.personName("Siv"),
                            org.personName("Ed"), org.personName("Mia"));
        });
        assertThat(followUp.forUnit(org.unitId("S1"))).as("S1 is below S, so hers too: only Kari there")
                .filteredOn(one -> one.crisis().id() == crisis.id()).singleElement()
                .satisfies(one -> assertThat(one.people()).isEqualTo(1));
        assertThatThrownBy(() -> followUp.forUnit(org.unitId("T"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUp.forUnit(null)).isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        assertThat(followUp.forUnit(null)).filteredOn(one -> one.crisis().id() == crisis.id()).singleElement()
                .satisfies(one -> {
                    assertThat(one.people()).isEqualTo(6);
                    assertThat(one.confirmed()).isEqualTo(2);
                    assertThat(one.notConfirmed()).as("numbers, not names").isEmpty();
                });
        assertThat(followUp.forUnit(org.unitId("T"))).as("T is outside the scope")
                .noneMatch(one -> one.crisis().id() == crisis.id());

        for (String name : List.of("Kari", "Ed")) {
            as(name);
            assertThatThrownBy(() -> followUp.forUnit(org.unitId("S"))).as(name)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> followUp.recordPaper(crisis.id(), java.time.LocalDate.now(no.tavla.shared
                    .TavlaTime.ZONE), List.of(org.personId("Per")))).as(name).isInstanceOf(AccessDeniedException.class);
        }

        // the sheet comes back signed: Mia records it
        as("Mia");
        java.time.LocalDate today = java.time.LocalDate.now(no.tavla.shared.TavlaTime.ZONE);
        for (Object[] bad : new Object[][] {{today, List.of()}, {today.plusDays(1), List.of(org.personId("Per"))},
                {today.minusDays(3), List.of(org.personId("Per"))}, {null, List.of(org.personId("Per"))},
                {today, List.of(org.personId("Per"), org.personId("Lise"))}}) {
            @SuppressWarnings("unchecked")
            List<Long> who = (List<Long>) bad[1];
            assertThatThrownBy(() -> followUp.recordPaper(crisis.id(), (java.time.LocalDate) bad[0], who))
                    .as(java.util.Arrays.toString(bad)).isInstanceOf(Refusal.class);
        }
        assertThat(followUp.recordPaper(crisis.id(), today, List.of(org.personId("Per"), org.personId("Siv"),
                org.personId("Kari")))).as("Kari had confirmed on screen: hers stays").isEqualTo(2);
        assertThat(followUp.forUnit(org.unitId("S"))).filteredOn(one -> one.crisis().id() == crisis.id())
                .singleElement().satisfies(one -> {
                    assertThat(one.confirmed()).isEqualTo(4);
                    assertThat(one.onPaper()).isEqualTo(2);
                    assertThat(one.notConfirmed()).extracting(no.tavla.organisation.Audiences.Member::name)
                            .containsExactly(org.personName("Ed"), org.personName("Mia"));
                });
        as("Cato", "CRISIS");
        assertThat(crises.log(crisis.id())).filteredOn(entry -> entry.event().equals("PAPER")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.person()).isEqualTo(org.personName("Mia"));
                    assertThat(entry.counts()).containsExactly(2);
                });
        crises.switchOff(crisis.id(), "Trygt igjen.");
        as("Mia");
        assertThat(followUp.forUnit(org.unitId("S"))).as("an ended crisis stays in reach for a while")
                .filteredOn(one -> one.crisis().id() == crisis.id()).singleElement()
                .satisfies(one -> assertThat(one.crisis().lasting()).isFalse());
    }

    @Test
    void openPagesInTheScopeAreToldWhenItComesChangesAndGoesAndOthersAreNot() throws Exception {
        java.util.concurrent.BlockingQueue<java.util.Optional<CrisisNotice>> kari =
                new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<java.util.Optional<CrisisNotice>> lise =
                new java.util.concurrent.LinkedBlockingQueue<>();
        as("Kari");
        CrisisPages.Subscription kariPage = pages.follow(kari::add).orElseThrow().showing(java.util.Optional.empty());
        as("Lise");
        CrisisPages.Subscription lisePage = pages.follow(lise::add).orElseThrow().showing(java.util.Optional.empty());
        try {
            as("Cato", "CRISIS");
            Crisis crisis = crises.switchOn(forS("Vannforurensing " + org.tag()));
            assertThat(kari.poll(30, java.util.concurrent.TimeUnit.SECONDS)).as("switched on").isNotNull().get()
                    .satisfies(notice -> {
                        assertThat(notice.crisis().id()).isEqualTo(crisis.id());
                        assertThat(notice.latestText()).isEqualTo(crisis.message());
                    });
            crises.post(crisis.id(), "Vann deles ut ved rådhuset.", false, false);
            assertThat(kari.poll(30, java.util.concurrent.TimeUnit.SECONDS)).as("updated").isNotNull().get()
                    .extracting(CrisisNotice::latestText).isEqualTo("Vann deles ut ved rådhuset.");
            crises.switchOff(crisis.id(), "Over.");
            assertThat(kari.poll(30, java.util.concurrent.TimeUnit.SECONDS)).as("switched off").isNotNull().isEmpty();
            assertThat(lise).as("another unit: told nothing, as nothing changed for her").isEmpty();
        } finally {
            kariPage.cancel();
            lisePage.cancel();
        }
    }

    @Test
    void aCrisisSwitchedOnOnAnotherInstanceReachesThisInstancesOpenPagesWithinSeconds() throws Exception {
        java.util.concurrent.BlockingQueue<java.util.Optional<CrisisNotice>> kari =
                new java.util.concurrent.LinkedBlockingQueue<>();
        as("Kari");
        CrisisPages.Subscription kariPage = pages.follow(kari::add).orElseThrow().showing(java.util.Optional.empty());
        try (org.springframework.context.ConfigurableApplicationContext second = no.tavla.support.SecondTavla.start(
                List.of(), "--tavla.news.release-check=PT1H")) {
            Crises other = second.getBean(Crises.class);
            ServiceSignIn.as(second.getBeanProvider(SecurityContextHolderStrategy.class), org.subject("Cato"),
                    "CRISIS");
            Crisis crisis = other.switchOn(forS("Gasslekkasje " + org.tag()));
            // this instance heard no event: it asks once a second what is in force
            assertThat(kari.poll(10, java.util.concurrent.TimeUnit.SECONDS)).as("told from the other instance")
                    .isNotNull().get().extracting(notice -> notice.crisis().id()).isEqualTo(crisis.id());
            other.switchOff(crisis.id(), "Tett.");
            assertThat(kari.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull().isEmpty();
        } finally {
            kariPage.cancel();
        }
    }

    @Test
    void theEmergencyPlanAndWhomToCallAreKeptByThoseWhoLeadAndShownToEveryone() {
        as("Lise");
        assertThatThrownBy(() -> crises.savePreparedness("Plan", "https://kommune.example/plan", ""))
                .isInstanceOf(AccessDeniedException.class);
        as("Kim", "COMMUNICATIONS");
        for (String bad : List.of("javascript:alert(1)", "http://kommune.example/plan", "units/BER")) {
            assertThatThrownBy(() -> crises.savePreparedness("Plan", bad, "")).as(bad).isInstanceOf(Refusal.class)
                    .hasMessage("crisis.plan.url.invalid");
        }
        Preparedness before = crises.preparedness();
        assertThatThrownBy(() -> crises.savePreparedness("Plan", "/units/BER", "Kriseledelsen; 900 00 000\n\nfeil"))
                .isInstanceOf(Refusal.class).hasMessage("crisis.contacts.line")
                .satisfies(e -> assertThat(((Refusal) e).arguments()).containsExactly(3));
        assertThat(crises.preparedness()).as("nothing half-saved").isEqualTo(before);
        crises.savePreparedness("Beredskapsplan " + org.tag(), "/units/BER",
                "Kriseledelsen; vakttelefon; 900 00 000\nOrdføreren; 912 34 567");
        as("Lise");
        assertThat(crises.preparedness()).isEqualTo(new Preparedness("Beredskapsplan " + org.tag(), "/units/BER",
                List.of(new Preparedness.Contact("Kriseledelsen", "vakttelefon", "900 00 000"),
                        new Preparedness.Contact("Ordføreren", null, "912 34 567"))));
    }

    @Test
    void communicationsPublishPublicInformationAtOnceInternalFirstBySecondsAndMarked() {
        as("Cato", "CRISIS");
        Crisis crisis = crises.switchOn(forS("Flom " + org.tag()));
        assertThat(crises.mayPublishPublicly()).as("the crisis staff lead, communications publish").isFalse();
        assertThatThrownBy(() -> crises.publishPublicly(crisis.id(), "Flom", "", "Hold dere unna elva."))
                .isInstanceOf(AccessDeniedException.class);

        as("Kim", "COMMUNICATIONS");
        assertThatThrownBy(() -> crises.publishPublicly(crisis.id(), "Flom", "", " ")).isInstanceOf(Refusal.class)
                .hasMessage("crisis.public.text.required");
        no.tavla.news.writing.CrisisItems.Published item = crises.publishPublicly(crisis.id(),
                "Flom i sentrum " + org.tag(), "", "Hold dere unna elva.");
        assertThat(item.externalAt()).isEqualTo(item.internalAt().plusSeconds(10));
        assertThat(released.out(item.itemId())).as("staff have it now").isPresent();
        assertThat(publicNews.item(item.itemId())).as("the public, seconds later").isEmpty();
        jdbc.update("UPDATE news_item SET external_release_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?",
                item.itemId());
        assertThat(publicNews.item(item.itemId())).isPresent();
        assertThat(publicNews.crisisItems(publicNews.latest(100))).as("marked in the public feed")
                .contains(item.itemId());
        assertThat(crises.publicItems(crisis.id())).containsExactly(item.itemId());
        assertThat(crises.log(crisis.id())).filteredOn(entry -> entry.event().equals("PUBLIC_ITEM"))
                .singleElement().satisfies(entry -> assertThat(entry.counts())
                        .containsExactly(10, (int) item.itemId()));

        Crisis drill = crises.switchOn(new CrisisDraft("Øvelse " + org.tag(), "Øvelse.", false,
                Set.of(org.unitId("T")), true));
        assertThatThrownBy(() -> crises.publishPublicly(drill.id(), "Øvelse", "", "Tekst"))
                .isInstanceOf(Refusal.class).hasMessage("crisis.public.not-in-drill");
    }
}
