package no.tavla.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.tavla.news.internal.AudienceCondition;
import no.tavla.news.internal.NewsRules;
import no.tavla.news.reading.NewsFeed;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Membership;
import no.tavla.organisation.People;
import no.tavla.organisation.Role;
import no.tavla.support.ServiceSignIn;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The audience rule is one rule, though it is asked three ways: from the people's side (who an audience holds, for
 * counts, follow-up and sign-off sheets), from the items' side in SQL (what a reader's feed and item page show) and in
 * memory (which open pages a release is pushed to). For every person and every kind of audience in a small
 * organisation, all three must answer alike.
 */
@TavlaIntegrationTest
class AudienceRuleIT {

    @Autowired
    NewsFeed feed;
    @Autowired
    Audiences audiences;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;

    private TestOrganisation org;
    private final Map<String, Audience> kinds = new LinkedHashMap<>();
    private final Map<String, Long> items = new LinkedHashMap<>();

    /** A municipality M over sector S over school U over class D; another sector O. */
    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "rule");
        org.unit("M");
        org.unit("S", "M");
        org.unit("U", "S");
        org.unit("D", "U");
        org.unit("O", "M");
        org.person("top", "M");
        org.person("sector", "S").role("MANAGER", "S");
        org.person("school", "U");
        org.person("schoolEditor", "U").role("EDITOR", "U");
        org.person("pupilTeacher", "D");
        org.person("twoPlaces", "O").alsoIn("D");
        org.person("other", "O").role("MANAGER", "O");
        org.person("nowhere", null);

        kinds.put("everyone", Audience.everyone());
        kinds.put("school only", Audience.units(new AudienceUnit(org.unitId("U"), false)));
        kinds.put("school and below", Audience.units(new AudienceUnit(org.unitId("U"), true)));
        kinds.put("sector and below", Audience.units(new AudienceUnit(org.unitId("S"), true)));
        kinds.put("class and other", Audience.units(new AudienceUnit(org.unitId("D"), false),
                new AudienceUnit(org.unitId("O"), true)));
        kinds.put("managers below the top", new Audience(false, List.of(new AudienceUnit(org.unitId("M"), true)),
                Set.of(Role.MANAGER)));
        kinds.put("editors and managers of the school", new Audience(false,
                List.of(new AudienceUnit(org.unitId("U"), false)), Set.of(Role.EDITOR, Role.MANAGER)));
        kinds.put("everyone, managers only", new Audience(true, List.of(), Set.of(Role.MANAGER)));
        kinds.forEach((name, audience) -> items.put(name, item(name, audience)));
    }

    @AfterEach
    void signOut() {
        ServiceSignIn.out(strategies);
    }

    /** An item out now for the audience, written straight to the tables. */
    private long item(String title, Audience audience) {
        String unique = title + " " + org.tag();
        jdbc.update("INSERT INTO news_item (title, lead, body, unit_id, kind, comments_enabled, whole_municipality,"
                        + " external_release, status, release_at, author_id, created_at, updated_at, version)"
                        + " VALUES (?, '', 'Tekst', ?, 'NORMAL', false, ?, false, 'PUBLISHED', ?, ?, NOW(6), NOW(6), 0)",
                unique, org.unitId("M"), audience.wholeMunicipality(), Timestamp.from(Instant.now().minusSeconds(60)),
                org.personId("top"));
        long id = jdbc.queryForObject("SELECT id FROM news_item WHERE title = ?", Long.class, unique);
        audience.units().forEach(unit -> jdbc.update("INSERT INTO news_audience_unit (item_id, unit_id,"
                + " include_sub_units) VALUES (?, ?, ?)", id, unit.unitId(), unit.includeSubUnits()));
        audience.roles().forEach(role -> jdbc.update("INSERT INTO news_audience_role (item_id, role) VALUES (?, ?)",
                id, role.name()));
        return id;
    }

    @Test
    void thePeoplesSideTheItemsSideAndThePushSideAgreeForEveryoneAndEveryAudience() {
        List<String> names = List.of("top", "sector", "school", "schoolEditor", "pupilTeacher", "twoPlaces", "other",
                "nowhere");
        Map<String, Set<Long>> members = new LinkedHashMap<>();
        ServiceSignIn.as(strategies, "rule-comms-" + org.tag(), "COMMUNICATIONS");
        kinds.forEach((name, audience) -> members.put(name, Set.copyOf(audiences.members(
                audience.wholeMunicipality(), NewsRules.expand(audience, audiences), audience.roles(), null)
                .stream().map(Audiences.Member::personId).toList())));
        List<String> disagreements = new ArrayList<>();
        int reached = 0;
        for (String person : names) {
            ServiceSignIn.as(strategies, org.subject(person));
            Membership membership = people.currentMembership().orElseThrow();
            for (Map.Entry<String, Audience> kind : kinds.entrySet()) {
                boolean peoplesSide = members.get(kind.getKey()).contains(org.personId(person));
                boolean itemsSide = feed.isInAudience(items.get(kind.getKey()));
                boolean pushSide = AudienceCondition.reaches(kind.getValue(), membership,
                        AudienceCondition.Roles.HELD);
                if (peoplesSide != itemsSide || itemsSide != pushSide) {
                    disagreements.add(person + " / " + kind.getKey() + ": people " + peoplesSide + ", items "
                            + itemsSide + ", push " + pushSide);
                }
                reached += itemsSide ? 1 : 0;
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(reached).as("the cases reach some and not others").isBetween(10, names.size() * kinds.size() - 10);
    }
}
