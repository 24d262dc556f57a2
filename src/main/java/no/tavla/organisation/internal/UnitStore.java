package no.tavla.organisation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.tavla.organisation.Role;
import no.tavla.organisation.UnitPage;
import no.tavla.organisation.UnitTreeEntry;
import no.tavla.organisation.UnitType;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The units' rows: the tree to browse, a unit's page, and the administrators' changes with their history. */
@Repository
public class UnitStore {

    private static final String CARD = "p.id, p.name, p.title, p.responsibilities, p.tags, p.email, p.phone";
    private static final RowMapper<UnitPage.PersonCard> PERSON_CARD = (rs, row) -> new UnitPage.PersonCard(
            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7));
    private static final RowMapper<UnitPage.UnitLink> UNIT_LINK = (rs, row) -> new UnitPage.UnitLink(
            rs.getString(1), rs.getString(2), UnitType.valueOf(rs.getString(3)), "ACTIVE".equals(rs.getString(4)));

    private final JdbcTemplate jdbc;

    UnitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's own row. */
    public record Unit(long id, String code, String name, UnitType type, boolean active, String description,
                       String email, String phone, String visitingAddress, Long leaderId, String printLanguage) {
    }

    /** Every unit, with how many active people have it as their primary unit. */
    public List<UnitTreeEntry> tree() {
        return jdbc.query("SELECT u.id, u.code, u.name, u.type, u.status, u.parent_id,"
                        + " (SELECT COUNT(*) FROM person p WHERE p.primary_unit_id = u.id AND p.status = 'ACTIVE')"
                        + " FROM unit u ORDER BY u.name",
                (rs, row) -> new UnitTreeEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4)), "ACTIVE".equals(rs.getString(5)),
                        rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7)));
    }

    public Optional<Unit> byCode(String code) {
        return jdbc.query("SELECT id, code, name, type, status, description, email, phone, visiting_address,"
                        + " leader_id, print_language FROM unit WHERE code = ?",
                (rs, row) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4)), "ACTIVE".equals(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, Long.class),
                        rs.getString(11)), code)
                .stream().findFirst();
    }

    /** The language tag the unit's printouts are in; empty for none set (Bokmål) or no such unit. */
    public Optional<String> printLanguage(long unitId) {
        return jdbc.query("SELECT print_language FROM unit WHERE id = ?", (rs, row) -> rs.getString(1), unitId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The units as links, in the order of the ids given. */
    public List<UnitPage.UnitLink> links(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        Map<Long, UnitPage.UnitLink> found = new HashMap<>();
        jdbc.query("SELECT id, code, name, type, status FROM unit WHERE id IN (" + in + ")", rs -> {
            found.put(rs.getLong(1), new UnitPage.UnitLink(rs.getString(2), rs.getString(3),
                    UnitType.valueOf(rs.getString(4)), "ACTIVE".equals(rs.getString(5))));
        }, arguments.toArray());
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<UnitPage.UnitLink> children(long unitId) {
        return jdbc.query("SELECT code, name, type, status FROM unit WHERE parent_id = ? ORDER BY name", UNIT_LINK,
                unitId);
    }

    public Optional<UnitPage.PersonCard> card(long personId) {
        return jdbc.query("SELECT " + CARD + " FROM person p WHERE p.id = ?", PERSON_CARD, personId).stream()
                .findFirst();
    }

    /** Active people holding the role on any of the units. */
    public List<UnitPage.PersonCard> holders(Role role, List<Long> units) {
        List<Object> arguments = new ArrayList<>(List.of(role.name()));
        String in = SqlList.in(units, arguments);
        return jdbc.query("SELECT DISTINCT " + CARD + " FROM role_assignment r JOIN person p ON p.id = r.person_id"
                        + " WHERE r.revoked_at IS NULL AND p.status = 'ACTIVE' AND r.role = ? AND r.unit_id IN ("
                        + in + ") ORDER BY p.name", PERSON_CARD, arguments.toArray());
    }

    /** The unit's active people: primary unit or member. */
    public List<UnitPage.PersonCard> staff(long unitId) {
        return jdbc.query("SELECT DISTINCT " + CARD + " FROM person p LEFT JOIN person_membership m"
                + " ON m.person_id = p.id WHERE p.status = 'ACTIVE' AND (p.primary_unit_id = ?"
                + " OR m.unit_id = ?) ORDER BY p.name", PERSON_CARD, unitId, unitId);
    }

    public void editPage(long unitId, String description, String email, String phone, String visitingAddress,
                         String printLanguage, Instant at) {
        jdbc.update("UPDATE unit SET description = ?, email = ?, phone = ?, visiting_address = ?, print_language = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ?", description, email, phone,
                visitingAddress, printLanguage, Timestamp.from(at), unitId);
    }

    public boolean codeTaken(String code) {
        Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE UPPER(code) = UPPER(?)", Integer.class,
                code);
        return taken != null && taken > 0;
    }

    public long create(String code, String name, UnitType type, Long parentId, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        Timestamp now = Timestamp.from(at);
        jdbc.update("INSERT INTO unit (code, name, type, parent_id, status, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0)", code, name, type.name(), parentId, now, now);
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    /** @return whether the unit exists */
    public boolean rename(long unitId, String name, UnitType type, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        return jdbc.update("UPDATE unit SET name = ?, type = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                name, type.name(), Timestamp.from(at), unitId) > 0;
    }

    /** @return whether the unit exists */
    public boolean setStatus(long unitId, String status, Instant at) {
        no.tavla.shared.RequestMemo.forget();
        return jdbc.update("UPDATE unit SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?", status,
                Timestamp.from(at), unitId) > 0;
    }

    /** Moves the unit and keeps the move in its history. */
    public void move(long unitId, Long fromParentId, Long toParentId, Instant at, String by) {
        no.tavla.shared.RequestMemo.forget();
        Timestamp now = Timestamp.from(at);
        jdbc.update("UPDATE unit SET parent_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                toParentId, now, unitId);
        jdbc.update("INSERT INTO unit_move (unit_id, from_parent_id, to_parent_id, moved_at, moved_by)"
                + " VALUES (?, ?, ?, ?, ?)", unitId, fromParentId, toParentId, now, by);
    }

    public void setLeader(long unitId, Long personId, Instant at) {
        jdbc.update("UPDATE unit SET leader_id = ?, updated_at = ?, version = version + 1 WHERE id = ?", personId,
                Timestamp.from(at), unitId);
    }
}
