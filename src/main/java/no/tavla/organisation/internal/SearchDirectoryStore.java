package no.tavla.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.tavla.organisation.SearchableDirectory.PersonEntry;
import no.tavla.organisation.SearchableDirectory.PersonWords;
import no.tavla.organisation.SearchableDirectory.UnitEntry;
import no.tavla.organisation.SearchableDirectory.UnitWords;
import no.tavla.organisation.UnitContact;
import no.tavla.organisation.UnitType;
import no.tavla.shared.SqlList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The directory as the search index reads it (words, a page at a time or what changed) and as hits show it. */
@Repository
public class SearchDirectoryStore {

    private static final String PERSON_WORDS = "SELECT p.id, p.status = 'ACTIVE', p.name, p.title, u.name,"
            + " p.responsibilities, p.tags FROM person p LEFT JOIN unit u ON u.id = p.primary_unit_id";
    private static final String UNIT_WORDS = "SELECT u.id, u.status = 'ACTIVE', u.name, u.description, a.name"
            + " FROM unit u LEFT JOIN unit a ON a.id = u.parent_id";

    private final JdbcTemplate jdbc;

    SearchDirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonWords> people(long afterId, int limit) {
        return jdbc.query(PERSON_WORDS + " WHERE p.id > ? ORDER BY p.id LIMIT ?", SearchDirectoryStore::personWords,
                afterId, limit);
    }

    /** People changed since the instant, and those whose unit was (its name is in their words). */
    public List<PersonWords> peopleChangedSince(Instant since) {
        Timestamp at = Timestamp.from(since);
        return jdbc.query(PERSON_WORDS + " WHERE p.updated_at > ? OR u.updated_at > ?",
                SearchDirectoryStore::personWords, at, at);
    }

    public List<UnitWords> units(long afterId, int limit) {
        return jdbc.query(UNIT_WORDS + " WHERE u.id > ? ORDER BY u.id LIMIT ?", SearchDirectoryStore::unitWords,
                afterId, limit);
    }

    public List<UnitWords> unitsChangedSince(Instant since) {
        return jdbc.query(UNIT_WORDS + " WHERE u.updated_at > ?", SearchDirectoryStore::unitWords,
                Timestamp.from(since));
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM unit)",
                Integer.class);
        return count == null ? 0 : count;
    }

    /** Those of the people who work here now, as the unit pages show them to anyone signed in. */
    public List<PersonEntry> activePeople(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        return jdbc.query("SELECT p.id, p.name, p.title, p.responsibilities, p.tags, p.email, p.phone, u.code, u.name,"
                        + " u.email, u.phone, u.visiting_address FROM person p LEFT JOIN unit u ON u.id ="
                        + " p.primary_unit_id WHERE p.status = 'ACTIVE' AND p.id IN (" + in + ")",
                (rs, row) -> new PersonEntry(rs.getLong(1), rs.getString(2), text(rs, 3), text(rs, 4), text(rs, 5),
                        text(rs, 6), text(rs, 7), rs.getString(8), rs.getString(9),
                        new UnitContact(rs.getString(10), rs.getString(11), rs.getString(12))),
                arguments.toArray());
    }

    /** Those of the units that are active, with their contact details. */
    public List<UnitEntry> activeUnits(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        String in = SqlList.in(ids, arguments);
        return jdbc.query("SELECT u.id, u.code, u.name, u.type, u.description, u.email, u.phone, u.visiting_address,"
                        + " a.name FROM unit u LEFT JOIN unit a ON a.id = u.parent_id WHERE u.status = 'ACTIVE'"
                        + " AND u.id IN (" + in + ")",
                (rs, row) -> new UnitEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.valueOf(rs.getString(4)), text(rs, 5),
                        new UnitContact(rs.getString(6), rs.getString(7), rs.getString(8)), rs.getString(9)),
                arguments.toArray());
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static PersonWords personWords(ResultSet rs, int row) throws SQLException {
        return new PersonWords(rs.getLong(1), rs.getBoolean(2), rs.getString(3), text(rs, 4), text(rs, 5),
                text(rs, 6), text(rs, 7));
    }

    private static UnitWords unitWords(ResultSet rs, int row) throws SQLException {
        return new UnitWords(rs.getLong(1), rs.getBoolean(2), rs.getString(3), text(rs, 4), text(rs, 5));
    }
}
