package no.tavla.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import no.tavla.organisation.internal.UnitTree;
import no.tavla.shared.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units' own pages, for everyone signed in, and their editing by the unit's editors and manager. */
@Service
public class UnitPages {

    public static final int MAX_DESCRIPTION = 20_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String CARD = "p.id, p.name, p.title, p.responsibilities, p.tags, p.email, p.phone";
    private static final RowMapper<UnitPage.PersonCard> PERSON_CARD = (rs, row) -> new UnitPage.PersonCard(
            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7));
    private static final RowMapper<UnitPage.UnitLink> UNIT_LINK = (rs, row) -> new UnitPage.UnitLink(
            rs.getString(1), rs.getString(2), UnitType.valueOf(rs.getString(3)), "ACTIVE".equals(rs.getString(4)));

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final People people;
    private final UnitTree tree;
    private final Clock clock;

    UnitPages(JdbcTemplate jdbc, AccessPolicy policy, People people, UnitTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
        this.tree = tree;
        this.clock = clock;
    }

    /** The whole tree, top units first, each followed by what is below it; for browsing. */
    @Transactional(readOnly = true)
    public List<UnitTreeEntry> tree() {
        requireSignedIn();
        List<UnitTreeEntry> all = jdbc.query("SELECT u.id, u.code, u.name, u.type, u.status, u.parent_id,"
                        + " (SELECT COUNT(*) FROM person p WHERE p.primary_unit_id = u.id AND p.status = 'ACTIVE')"
                        + " FROM unit u ORDER BY u.name",
                (rs, row) -> new UnitTreeEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4)), "ACTIVE".equals(rs.getString(5)),
                        rs.getObject(6) == null ? null : rs.getLong(6), rs.getInt(7)));
        return all;
    }

    /** The unit a person mainly works in (their primary unit), if HR gave one. */
    @Transactional(readOnly = true)
    public Optional<Long> primaryUnitOf(long personId) {
        return jdbc.queryForList("SELECT primary_unit_id FROM person WHERE id = ? AND primary_unit_id IS NOT NULL",
                Long.class, personId).stream().findFirst();
    }

    /** A unit's page by its code; empty if there is no such unit. */
    @Transactional(readOnly = true)
    public Optional<UnitPage> page(String code) {
        requireSignedIn();
        if (code == null || code.isBlank() || code.length() > 32) {
            return Optional.empty();
        }
        List<Object[]> found = jdbc.query("SELECT id, code, name, type, status, description, email, phone,"
                        + " visiting_address, leader_id FROM unit WHERE code = ?",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getObject(10)},
                code.trim());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] u = found.get(0);
        long id = (Long) u[0];
        Actor actor = people.currentActor();
        List<Long> unitAndAbove = tree.snapshot().unitAndAncestors(id);
        String above = placeholders(unitAndAbove.size());
        List<UnitPage.UnitLink> path = new ArrayList<>();
        for (int i = unitAndAbove.size() - 1; i >= 1; i--) {
            path.addAll(jdbc.query("SELECT code, name, type, status FROM unit WHERE id = ?", UNIT_LINK,
                    unitAndAbove.get(i)));
        }
        UnitPage.PersonCard leader = u[9] == null ? null : jdbc.query("SELECT " + CARD + " FROM person p WHERE p.id = ?",
                PERSON_CARD, ((Number) u[9]).longValue()).stream().findFirst().orElse(null);
        return Optional.of(new UnitPage(id, (String) u[1], (String) u[2], UnitType.valueOf((String) u[3]),
                "ACTIVE".equals(u[4]), path, u[5] == null ? "" : (String) u[5],
                new UnitContact((String) u[6], (String) u[7], (String) u[8]), leader,
                holders(Role.EDITOR, above, unitAndAbove), holders(Role.MANAGER, above, unitAndAbove),
                jdbc.query("SELECT code, name, type, status FROM unit WHERE parent_id = ? ORDER BY name", UNIT_LINK, id),
                jdbc.query("SELECT DISTINCT " + CARD + " FROM person p LEFT JOIN person_membership m"
                                + " ON m.person_id = p.id WHERE p.status = 'ACTIVE' AND (p.primary_unit_id = ?"
                                + " OR m.unit_id = ?) ORDER BY p.name", PERSON_CARD, id, id),
                policy.may(actor, Action.EDIT_UNIT_PAGE, id)));
    }

    /** Changes the description and contact details; for the unit's editors and manager (and administrators). */
    @Transactional
    public void edit(long unitId, String description, UnitContact contact) {
        if (!policy.may(people.currentActor(), Action.EDIT_UNIT_PAGE, unitId)) {
            throw new AccessDeniedException("Only the unit's editors and manager change its page");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new Refusal("unit.edit.description.too-long", MAX_DESCRIPTION);
        }
        if (!contact.email().isEmpty() && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
            throw new Refusal("unit.edit.email.invalid");
        }
        if (contact.phone().length() > 40) {
            throw new Refusal("unit.edit.phone.too-long", 40);
        }
        if (contact.visitingAddress().length() > 300) {
            throw new Refusal("unit.edit.address.too-long", 300);
        }
        jdbc.update("UPDATE unit SET description = ?, email = ?, phone = ?, visiting_address = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?", text.isEmpty() ? null : text,
                blankToNull(contact.email()), blankToNull(contact.phone()), blankToNull(contact.visitingAddress()),
                Timestamp.from(clock.instant()), unitId);
    }

    private List<UnitPage.PersonCard> holders(Role role, String placeholders, List<Long> units) {
        List<Object> arguments = new ArrayList<>(List.of(role.name()));
        arguments.addAll(units);
        return jdbc.query("SELECT DISTINCT " + CARD + " FROM role_assignment r JOIN person p ON p.id = r.person_id"
                        + " WHERE r.revoked_at IS NULL AND p.status = 'ACTIVE' AND r.role = ? AND r.unit_id IN ("
                        + placeholders + ") ORDER BY p.name", PERSON_CARD, arguments.toArray());
    }

    private void requireSignedIn() {
        if (!people.isSignedIn()) {
            throw new AccessDeniedException("Unit pages are for people signed in");
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
