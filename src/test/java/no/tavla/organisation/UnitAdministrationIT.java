package no.tavla.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import no.tavla.shared.Refusal;
import no.tavla.support.TavlaIntegrationTest;
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

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private long unit(String code, Long parent) {
        jdbc.update("INSERT INTO unit (code, name, type, parent_id, status, created_at, updated_at, version)"
                + " VALUES (?, ?, 'UNIT', ?, 'ACTIVE', NOW(6), NOW(6), 0)", tag + code, code, parent);
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, tag + code);
    }

    @Test
    void aMovedUnitKeepsItsHistory() {
        long a = unit("A", null);
        long b = unit("B", null);
        long c = unit("C", a);
        administration.move(c, b);
        assertThat(jdbc.queryForObject("SELECT parent_id FROM unit WHERE id = ?", Long.class, c)).isEqualTo(b);
        assertThat(jdbc.queryForMap("SELECT from_parent_id, to_parent_id, moved_by FROM unit_move WHERE unit_id = ?", c))
                .containsEntry("from_parent_id", a).containsEntry("to_parent_id", b).containsEntry("moved_by", "siri");
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnSubUnit() {
        long top = unit("T", null);
        long below = unit("U", top);
        assertThatThrownBy(() -> administration.move(top, below)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("unit.admin.move.circle");
        assertThatThrownBy(() -> administration.move(top, top)).isInstanceOf(Refusal.class);
    }

    @Test
    void anArchivedUnitTakesNoNewContentUntilRestored() {
        long unit = unit("R", null);
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
        long unit = unit("L", null);
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
}
