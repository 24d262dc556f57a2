package no.tavla.crisis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisDraft;
import no.tavla.crisis.CrisisLogEntry;
import no.tavla.crisis.CrisisUpdate;
import no.tavla.crisis.Preparedness;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The crisis tables (decision 0020). The service holds the rules, the checks and the transactions. */
@Repository
public class CrisisStore {

    /** {@code active_slot} while a crisis lasts: one of each at a time, by a unique key. */
    static final String REAL = "REAL";
    static final String DRILL = "DRILL";

    private static final String CRISIS = "SELECT c.id, c.drill, c.title, c.message, c.whole_municipality,"
            + " (SELECT GROUP_CONCAT(cu.unit_id ORDER BY cu.unit_id) FROM crisis_unit cu WHERE cu.crisis_id = c.id),"
            + " c.started_at, s.name, c.ended_at, c.closing_message FROM crisis c JOIN person s ON s.id = c.started_by";

    private final JdbcTemplate jdbc;

    CrisisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the crisis as lasting, with its units.
     *
     * @throws org.springframework.dao.DuplicateKeyException when one of its kind lasts already
     */
    public long switchOn(CrisisDraft draft, Instant at, long personId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO crisis (drill, title, message, whole_municipality,"
                    + " started_at, started_by, active_slot) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setBoolean(1, draft.drill());
            statement.setString(2, draft.title());
            statement.setString(3, draft.message());
            statement.setBoolean(4, draft.wholeMunicipality());
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setLong(6, personId);
            statement.setString(7, draft.drill() ? DRILL : REAL);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        if (!draft.wholeMunicipality()) {
            jdbc.batchUpdate("INSERT INTO crisis_unit (crisis_id, unit_id) VALUES (?, ?)",
                    draft.units().stream().sorted().map(unit -> new Object[] {id, unit}).toList());
        }
        return id;
    }

    /** What is in force, in one cheap statement: the lasting crises' ids and the latest update of any crisis. */
    public String signature() {
        return jdbc.queryForObject("SELECT CONCAT(COALESCE((SELECT GROUP_CONCAT(id ORDER BY id) FROM crisis WHERE"
                + " active_slot IS NOT NULL), ''), '/', COALESCE((SELECT MAX(id) FROM crisis_update), 0))",
                String.class);
    }

    /** The crises and drills that last now (at most one of each). */
    public List<Crisis> lasting() {
        return jdbc.query(CRISIS + " WHERE c.active_slot IS NOT NULL ORDER BY c.drill, c.id", CrisisStore::crisis);
    }

    public Optional<Crisis> find(long id) {
        return jdbc.query(CRISIS + " WHERE c.id = ?", CrisisStore::crisis, id).stream().findFirst();
    }

    /** The crises (not drills) in force at some time in {@code [from, until)}, by start. */
    public List<Crisis> during(Instant from, Instant until) {
        return jdbc.query(CRISIS + " WHERE c.drill = false AND c.started_at < ? AND (c.ended_at IS NULL OR c.ended_at > ?)"
                + " ORDER BY c.started_at, c.id", CrisisStore::crisis, java.sql.Timestamp.from(until),
                java.sql.Timestamp.from(from));
    }

    /** The crises and drills there have been, newest first. */
    public List<Crisis> all(int limit) {
        return jdbc.query(CRISIS + " ORDER BY c.started_at DESC, c.id DESC LIMIT ?", CrisisStore::crisis, limit);
    }

    /** Ends it, if it still lasts; false if it had ended already (someone else switched it off). */
    public boolean switchOff(long id, Instant at, long personId, String closingMessage) {
        return jdbc.update("UPDATE crisis SET active_slot = NULL, ended_at = ?, ended_by = ?, closing_message = ?"
                + " WHERE id = ? AND active_slot IS NOT NULL", Timestamp.from(at), personId, closingMessage, id) == 1;
    }

    /** @return the update's id */
    public long post(long crisisId, String text, boolean bySms, boolean byEmail, Instant at, long personId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO crisis_update (crisis_id, text, by_sms, by_email,"
                    + " posted_at, posted_by) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, crisisId);
            statement.setString(2, text);
            statement.setBoolean(3, bySms);
            statement.setBoolean(4, byEmail);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setLong(6, personId);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** One of its updates. */
    public Optional<CrisisUpdate> update(long crisisId, long updateId) {
        return jdbc.query("SELECT u.id, u.text, u.by_sms, u.by_email, u.posted_at, p.name FROM crisis_update u JOIN"
                + " person p ON p.id = u.posted_by WHERE u.crisis_id = ? AND u.id = ?",
                (rs, row) -> new CrisisUpdate(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), crisisId, updateId).stream().findFirst();
    }

    /** Its updates, newest first. */
    public List<CrisisUpdate> updates(long crisisId) {
        return jdbc.query("SELECT u.id, u.text, u.by_sms, u.by_email, u.posted_at, p.name FROM crisis_update u JOIN"
                + " person p ON p.id = u.posted_by WHERE u.crisis_id = ? ORDER BY u.posted_at DESC, u.id DESC",
                (rs, row) -> new CrisisUpdate(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), crisisId);
    }

    /** Its latest update, if any. */
    public Optional<CrisisUpdate> latestUpdate(long crisisId) {
        return jdbc.query("SELECT u.id, u.text, u.by_sms, u.by_email, u.posted_at, p.name FROM crisis_update u JOIN"
                + " person p ON p.id = u.posted_by WHERE u.crisis_id = ? ORDER BY u.posted_at DESC, u.id DESC LIMIT 1",
                (rs, row) -> new CrisisUpdate(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), crisisId).stream().findFirst();
    }

    /** Records that the person has read it; false if they had already. */
    public boolean confirm(long crisisId, long personId, Instant at) {
        return jdbc.update("INSERT IGNORE INTO crisis_confirmation (crisis_id, person_id, confirmed_at) VALUES (?, ?,"
                + " ?)", crisisId, personId, Timestamp.from(at)) == 1;
    }

    public boolean confirmed(long crisisId, long personId) {
        return !jdbc.queryForList("SELECT 1 FROM crisis_confirmation WHERE crisis_id = ? AND person_id = ?",
                Integer.class, crisisId, personId).isEmpty();
    }

    /** When people confirmed: the hours (Oslo time) with confirmations, and how many had confirmed by each's end. */
    public List<java.util.Map.Entry<Instant, Integer>> confirmationsByHour(long crisisId) {
        List<java.util.Map.Entry<Instant, Integer>> hours = new java.util.ArrayList<>();
        int[] total = {0};
        jdbc.query("SELECT confirmed_at FROM crisis_confirmation WHERE crisis_id = ? ORDER BY confirmed_at",
                (java.sql.ResultSet rs) -> {
                    Instant hour = rs.getTimestamp(1).toInstant().atZone(no.tavla.shared.TavlaTime.ZONE)
                            .truncatedTo(java.time.temporal.ChronoUnit.HOURS).toInstant();
                    total[0]++;
                    if (!hours.isEmpty() && hours.getLast().getKey().equals(hour)) {
                        hours.set(hours.size() - 1, java.util.Map.entry(hour, total[0]));
                    } else {
                        hours.add(java.util.Map.entry(hour, total[0]));
                    }
                }, crisisId);
        return hours;
    }

    /**
     * Records those who signed the sheet on paper, unless they confirmed already. @return how many were new
     */
    public int recordPaper(long crisisId, java.util.Collection<Long> personIds, java.time.LocalDate signedOn,
                           Instant at, long recordedBy) {
        List<Object[]> rows = personIds.stream().map(personId -> new Object[] {crisisId, personId,
                Timestamp.from(at), java.sql.Date.valueOf(signedOn), recordedBy}).toList();
        // counted, not summed from the batch: a driver may answer a batch with "done" and no count
        int before = confirmations(crisisId);
        jdbc.batchUpdate("INSERT IGNORE INTO crisis_confirmation (crisis_id, person_id, confirmed_at, signed_on,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?)", rows);
        return confirmations(crisisId) - before;
    }

    /** The people whose confirmation came from a sheet signed on paper. */
    public java.util.Set<Long> confirmedOnPaper(long crisisId) {
        return java.util.Set.copyOf(jdbc.queryForList("SELECT person_id FROM crisis_confirmation WHERE crisis_id = ?"
                + " AND recorded_by IS NOT NULL", Long.class, crisisId));
    }

    /** The people who have confirmed it. */
    public java.util.Set<Long> confirmedPeople(long crisisId) {
        return java.util.Set.copyOf(jdbc.queryForList("SELECT person_id FROM crisis_confirmation WHERE crisis_id = ?",
                Long.class, crisisId));
    }

    public int confirmations(long crisisId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM crisis_confirmation WHERE crisis_id = ?", Integer.class,
                crisisId);
    }

    /** @param personId null for Tavla itself */
    public void log(long crisisId, Instant at, Long personId, String event, String detail) {
        jdbc.update("INSERT INTO crisis_log (crisis_id, at, person_id, event, detail) VALUES (?, ?, ?, ?, ?)", crisisId,
                Timestamp.from(at), personId, event, detail == null ? null
                        : detail.length() > 500 ? detail.substring(0, 499) + "…" : detail);
    }

    /** Its log, oldest first. */
    public List<CrisisLogEntry> log(long crisisId) {
        return jdbc.query("SELECT l.at, p.name, l.event, l.detail FROM crisis_log l LEFT JOIN person p ON p.id ="
                + " l.person_id WHERE l.crisis_id = ? ORDER BY l.at, l.id", (rs, row) -> entry(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)), crisisId);
    }

    /** The entries that count: the reach when switched on, the messages written (SMS, then e-mail). */
    private static final Set<String> COUNTING = Set.of("REACH", "MESSAGES", "HELD", "PUBLIC_ITEM", "PAPER");

    /** A counting entry keeps its numbers in its detail, comma-separated; they are the entry's counts. */
    private static CrisisLogEntry entry(Instant at, String person, String event, String detail) {
        if (COUNTING.contains(event) && detail != null) {
            return new CrisisLogEntry(at, person, event, null, Arrays.stream(detail.split(","))
                    .map(Integer::valueOf).toList());
        }
        return new CrisisLogEntry(at, person, event, detail, List.of());
    }

    /** The emergency plan and whom to call; {@link Preparedness#NONE} until communications set them. */
    public Preparedness preparedness() {
        List<Preparedness.Contact> contacts = jdbc.query("SELECT name, role, phone FROM crisis_contact ORDER BY"
                + " position", (rs, row) -> new Preparedness.Contact(rs.getString(1), rs.getString(2),
                rs.getString(3)));
        return jdbc.query("SELECT plan_name, plan_url FROM crisis_preparedness WHERE id = 1", (rs, row) ->
                new Preparedness(rs.getString(1), rs.getString(2), contacts)).stream().findFirst()
                .orElse(new Preparedness(null, null, contacts));
    }

    /** Replaces the emergency plan and whom to call. */
    public void savePreparedness(Preparedness preparedness, Instant at, String by) {
        jdbc.update("INSERT INTO crisis_preparedness (id, plan_name, plan_url, updated_at, updated_by) VALUES (1, ?, ?,"
                + " ?, ?) ON DUPLICATE KEY UPDATE plan_name = VALUES(plan_name), plan_url = VALUES(plan_url),"
                + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)", preparedness.planName(),
                preparedness.planUrl(), Timestamp.from(at), by);
        jdbc.update("DELETE FROM crisis_contact");
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < preparedness.contacts().size(); i++) {
            Preparedness.Contact contact = preparedness.contacts().get(i);
            rows.add(new Object[] {i, contact.name(), contact.role(), contact.phone()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO crisis_contact (position, name, role, phone) VALUES (?, ?, ?, ?)", rows);
        }
    }

    private static Crisis crisis(ResultSet rs, int row) throws SQLException {
        String units = rs.getString(6);
        Set<Long> unitIds = units == null || units.isBlank() ? Set.of()
                : Arrays.stream(units.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        Timestamp ended = rs.getTimestamp(9);
        return new Crisis(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), unitIds,
                rs.getTimestamp(7).toInstant(), rs.getString(8), ended == null ? null : ended.toInstant(),
                rs.getString(10));
    }
}
