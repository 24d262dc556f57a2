package no.tavla.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.tavla.shared.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the municipality as signed-in users: who a sign-in is, and what they may do (as an {@link Actor}).
 */
@Service
public class People {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentActor current;

    People(JdbcTemplate jdbc, Clock clock, CurrentActor current) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.current = current;
    }

    /**
     * Links a sign-in to its person: by subject, else by employee number, else by e-mail (people HR listed before
     * they first signed in); creates the person if HR has not listed them yet.
     */
    @Transactional
    public SignedInPerson signedIn(SignIn signIn) {
        if (signIn.subject() == null || signIn.subject().isBlank() || signIn.subject().length() > 255) {
            throw new IllegalArgumentException("A sign-in needs a subject of at most 255 characters");
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        Optional<Long> person = first("SELECT id FROM person WHERE subject = ?", signIn.subject());
        if (person.isEmpty() && present(signIn.employeeNumber())) {
            person = first("SELECT id FROM person WHERE employee_number = ? AND subject IS NULL",
                    signIn.employeeNumber().trim());
        }
        if (person.isEmpty() && present(signIn.email())) {
            person = first("SELECT id FROM person WHERE LOWER(email) = ? AND subject IS NULL",
                    signIn.email().trim().toLowerCase(Locale.ROOT));
        }
        long id;
        if (person.isPresent()) {
            id = person.get();
            jdbc.update("UPDATE person SET subject = ?, updated_at = ? WHERE id = ? AND (subject IS NULL OR subject = ?)",
                    signIn.subject(), now, id, signIn.subject());
        } else {
            String name = present(signIn.name()) ? truncate(signIn.name(), 200) : signIn.subject();
            jdbc.update("INSERT INTO person (subject, employee_number, email, name, status, has_work_computer,"
                            + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'ACTIVE', true, ?, ?, 0)",
                    signIn.subject(), present(signIn.employeeNumber()) ? truncate(signIn.employeeNumber(), 32) : null,
                    present(signIn.email()) ? truncate(signIn.email(), 254) : null, name, now, now);
            id = first("SELECT id FROM person WHERE subject = ?", signIn.subject()).orElseThrow();
        }
        boolean active = "ACTIVE".equals(jdbc.queryForObject("SELECT status FROM person WHERE id = ?", String.class, id));
        Set<Role> global = EnumSet.noneOf(Role.class);
        Set<Role> scoped = EnumSet.noneOf(Role.class);
        roles(id).forEach((unit, roles) -> roles.forEach(r -> (r.unitScoped() ? scoped : global).add(r)));
        return new SignedInPerson(id, active, global, scoped);
    }

    /**
     * The signed-in person as the access policy sees them; {@link Actor#nobody()} when nobody is signed in, and for a
     * person HR or an administrator has marked as gone, whatever their sign-in still says. Read from the database
     * (one statement) at every call, so a role taken back or a deactivation counts at the next request in every open
     * session, on every Tavla node. Global roles come from the identity provider's claims at sign-in
     * and from role assignments in Tavla now.
     */
    @Transactional(readOnly = true)
    public Actor currentActor() {
        Optional<String> subject = current.name();
        if (subject.isEmpty()) {
            return Actor.nobody();
        }
        return access(subject.get()).actor(claimedGlobalRoles());
    }

    /**
     * What a sign-in may do now, for the session guard: whether its person is still active, and the roles Tavla
     * assigns them (beside the identity provider's).
     */
    @Transactional(readOnly = true)
    public SignedInAccess access(String subject) {
        return readAccess(subject);
    }

    /** One statement: the person by subject, with their active role assignments. */
    private SignedInAccess readAccess(String subject) {
        Long[] person = {null};
        boolean[] active = {false};
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.query("SELECT p.id, p.status, r.role, r.unit_id FROM person p LEFT JOIN role_assignment r"
                + " ON r.person_id = p.id AND r.revoked_at IS NULL WHERE p.subject = ?", rs -> {
                    person[0] = rs.getLong(1);
                    active[0] = "ACTIVE".equals(rs.getString(2));
                    String role = rs.getString(3);
                    if (role != null) {
                        long unit = rs.getLong(4);
                        roles.computeIfAbsent(rs.wasNull() ? 0L : unit, u -> EnumSet.noneOf(Role.class))
                                .add(Role.valueOf(role));
                    }
                }, subject);
        return new SignedInAccess(Optional.ofNullable(person[0]), person[0] == null || active[0], roles);
    }

    /** The global roles the sign-in itself carries (the identity provider's claims), as the policy knows them. */
    private Set<Role> claimedGlobalRoles() {
        Set<Role> global = EnumSet.noneOf(Role.class);
        for (String role : current.claimedRoles()) {
            try {
                Role known = Role.valueOf(role);
                if (!known.unitScoped()) {
                    global.add(known);
                }
            } catch (IllegalArgumentException ignored) {
                // EMPLOYEE and METRICS are not roles the policy knows
            }
        }
        return global;
    }

    /** Whether this is a person who works here now (not someone who has left, nor an unknown id). */
    @Transactional(readOnly = true)
    public boolean isActive(long personId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ? AND status = 'ACTIVE'",
                Integer.class, personId);
        return found != null && found > 0;
    }

    /** Whether anyone is signed in. */
    public boolean isSignedIn() {
        return current.name().isPresent();
    }

    /** Active role assignments by unit (0 for global roles). */
    private Map<Long, Set<Role>> roles(long personId) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.query("SELECT role, unit_id FROM role_assignment WHERE person_id = ? AND revoked_at IS NULL", rs -> {
            long unit = rs.getLong(2);
            roles.computeIfAbsent(rs.wasNull() ? 0L : unit, u -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(1)));
        }, personId);
        return roles;
    }

    private Optional<Long> first(String sql, Object... arguments) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, arguments);
        return ids.stream().findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String truncate(String value, int max) {
        String trimmed = value.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
