package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import no.tavla.shared.Refusal;
import no.tavla.support.TavlaIntegrationTest;
import no.tavla.support.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Changing the unit tree between imports: moves keep their history, circles are refused, archiving stops content. */
@TavlaIntegrationTest
@WithMockUser(username = "siri", roles = "ADMIN")
class UnitAdministrationIT {

    @Autowired
    UnitAdministration administration;
    @Autowired
    AccessPolicy policy;
    @Autowired
    JdbcTemplate jdbc;

    private TestOrganisation org;
    private String tag;

    @BeforeEach
    void organisation() {
        org = new TestOrganisation(jdbc, "units");
        tag = org.tag();
    }

    @Test
    void aMovedUnitKeepsItsHistory() {
        long a = org.unit("A");
        long b = org.unit("B");
        long c = org.unit("C", "A");
        administration.move(c, b);
        assertThat(jdbc.queryForObject("SELECT parent_id FROM unit WHERE id = ?", Long.class, c)).isEqualTo(b);
        assertThat(jdbc.queryForMap("SELECT from_parent_id, to_parent_id, moved_by FROM unit_move WHERE unit_id = ?", c))
                .containsEntry("from_parent_id", a).containsEntry("to_parent_id", b).containsEntry("moved_by", "siri");
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnSubUnit() {
        long top = org.unit("T");
        long below = org.unit("U", "T");
        assertThatThrownBy(() -> administration.move(top, below)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("unit.admin.move.circle");
        assertThatThrownBy(() -> administration.move(top, top)).isInstanceOf(Refusal.class);
    }

    @Test
    void anArchivedUnitTakesNoNewContentUntilRestored() {
        long unit = org.unit("R");
        Actor communications = new Actor(java.util.Optional.empty(), java.util.Set.of(Role.COMMUNICATIONS),
                java.util.Map.of());
        administration.archive(unit);
        assertThat(policy.may(communications, Action.PUBLISH_FOR_UNIT, unit)).isFalse();
        assertThat(policy.may(communications, Action.VIEW_UNIT, unit)).isTrue();
        administration.restore(unit);
        assertThat(policy.may(communications, Action.PUBLISH_FOR_UNIT, unit)).isTrue();
    }

    @Test
    void theLeaderMustBeAnActivePerson() {
        long unit = org.unit("L");
        assertThatThrownBy(() -> administration.setLeader(unit, -5L)).isInstanceOf(Refusal.class);
        administration.setLeader(unit, null);
        assertThat(jdbc.queryForObject("SELECT leader_id FROM unit WHERE id = ?", Long.class, unit)).isNull();
    }

    @Test
    @WithMockUser(roles = {"EMPLOYEE", "COMMUNICATIONS"})
    void onlyAdministratorsChangeTheTree() {
        assertThatThrownBy(() -> administration.archive(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.move(1, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setLeader(1, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorCreatesRenamesAndRetypesAUnit() {
        long parent = org.unit("P");
        long created = administration.create(" " + tag + "-NY ", "  Ny barnehage ", UnitType.UNIT, parent);
        assertThat(jdbc.queryForMap("SELECT code, name, type, parent_id, status FROM unit WHERE id = ?", created))
                .containsEntry("code", tag + "-NY").containsEntry("name", "Ny barnehage")
                .containsEntry("type", "UNIT").containsEntry("parent_id", parent).containsEntry("status", "ACTIVE");
        administration.rename(created, "Solsikken barnehage", UnitType.DEPARTMENT);
        assertThat(jdbc.queryForMap("SELECT name, type FROM unit WHERE id = ?", created))
                .containsEntry("name", "Solsikken barnehage").containsEntry("type", "DEPARTMENT");
    }

    @Test
    void aNewUnitNeedsAFreeValidCodeANameATypeAndALiveParent() {
        long archived = org.unit("Z");
        administration.archive(archived);
        record Case(String code, String name, UnitType type, Long parent, String key) {
        }
        for (Case c : java.util.List.of(
                new Case("", "Navn", UnitType.UNIT, null, "unit.admin.code.required"),
                new Case("æ ø", "Navn", UnitType.UNIT, null, "unit.admin.code.invalid"),
                new Case("<script>", "Navn", UnitType.UNIT, null, "unit.admin.code.invalid"),
                new Case(tag + "Z", "Navn", UnitType.UNIT, null, "unit.admin.code.taken"),
                new Case(tag + "z", "Navn", UnitType.UNIT, null, "unit.admin.code.taken"),
                new Case(tag + "-Q", " ", UnitType.UNIT, null, "unit.admin.name.required"),
                new Case(tag + "-Q", "x".repeat(201), UnitType.UNIT, null, "unit.admin.name.too-long"),
                new Case(tag + "-Q", "Navn", null, null, "unit.admin.type.required"),
                new Case(tag + "-Q", "Navn", UnitType.UNIT, -1L, "unit.admin.unknown"),
                new Case(tag + "-Q", "Navn", UnitType.UNIT, archived, "unit.admin.parent.archived"))) {
            assertThatThrownBy(() -> administration.create(c.code(), c.name(), c.type(), c.parent())).as(c.key())
                    .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo(c.key());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = ?", Integer.class, tag + "-Q")).isZero();
        assertThatThrownBy(() -> administration.rename(archived, "", UnitType.UNIT)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> administration.rename(-1, "Navn", UnitType.UNIT)).isInstanceOf(Refusal.class);
    }
}
