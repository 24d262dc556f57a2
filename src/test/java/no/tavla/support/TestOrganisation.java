package no.tavla.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way a test sets up units and people: {@code org.unit("S")}, {@code org.unit("U", "S")},
 * {@code org.person("editor", "U").role("EDITOR", "U")}. Codes and subjects carry a tag of the test's own, so tests
 * share one database without meeting each other's data; tests refer to units and people by their short names.
 */
public final class TestOrganisation {

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, String> subjects = new HashMap<>();

    /** @param prefix begins each subject (e.g. "news"), to tell whose data a row is when a test fails */
    public TestOrganisation(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /** The tag that makes this test's codes, names and subjects its own. */
    public String tag() {
        return tag;
    }

    /** A top unit, active, named "Enhet {code} {tag}". */
    public long unit(String code) {
        return unit(code, null);
    }

    /** A unit under a unit made before (null: a top unit). */
    public long unit(String code, String parent) {
        return unit(code, parent, "UNIT", "ACTIVE");
    }

    public long unit(String code, String parent, String type, String status) {
        jdbc.update("INSERT INTO unit (code, name, type, parent_id, status, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, NOW(6), NOW(6), 0)", tag + code, unitName(code), type,
                parent == null ? null : unitId(parent), status);
        long id = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, tag + code);
        units.put(code, id);
        return id;
    }

    public String unitName(String code) {
        return "Enhet " + code + " " + tag;
    }

    /** An active person with a work computer whose primary unit is one made before (null: none). */
    public Person person(String name, String unit) {
        String subject = prefix + "-" + name + "-" + tag;
        jdbc.update("INSERT INTO person (subject, name, primary_unit_id, status, has_work_computer, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, 'ACTIVE', TRUE, NOW(6), NOW(6), 0)", subject,
                personName(name), unit == null ? null : unitId(unit));
        long id = jdbc.queryForObject("SELECT id FROM person WHERE subject = ?", Long.class, subject);
        people.put(name, id);
        subjects.put(name, subject);
        return new Person(name, id);
    }

    /**
     * A person as the HR import leaves them before they first sign in: no subject, no work computer, known by
     * employee number (and e-mail, if given), in a unit made before (null: none); named "{name} {tag}".
     */
    public Person hrRecord(String name, String unit, String employeeNumber, String email) {
        jdbc.update("INSERT INTO person (employee_number, email, name, primary_unit_id, status, has_work_computer,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'ACTIVE', FALSE, NOW(6), NOW(6), 0)",
                employeeNumber, email, personName(name), unit == null ? null : unitId(unit));
        long id = jdbc.queryForObject("SELECT id FROM person WHERE employee_number = ?", Long.class, employeeNumber);
        people.put(name, id);
        return new Person(name, id);
    }

    public String personName(String name) {
        return name + " " + tag;
    }

    public long unitId(String code) {
        Long id = units.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No unit " + code + " made in this test");
        }
        return id;
    }

    public long personId(String name) {
        Long id = people.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No person " + name + " made in this test");
        }
        return id;
    }

    public String subject(String name) {
        return subjects.get(name);
    }

    /** A person made, to give roles, units and details to. */
    public final class Person {

        private final String name;
        private final long id;

        Person(String name, long id) {
            this.name = name;
            this.id = id;
        }

        public long id() {
            return id;
        }

        public String subject() {
            return subjects.get(name);
        }

        /** A role in a unit (null: a global role). */
        public Person role(String role, String unit) {
            jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at)"
                    + " VALUES (?, ?, ?, 'test', NOW(6))", id, role, unit == null ? null : unitId(unit));
            return this;
        }

        /** Belongs to this unit besides the primary one. */
        public Person alsoIn(String unit) {
            jdbc.update("INSERT INTO person_membership (person_id, unit_id) VALUES (?, ?)", id, unitId(unit));
            return this;
        }

        /** Has no work computer (reached on paper and in meetings). */
        public Person withoutComputer() {
            jdbc.update("UPDATE person SET has_work_computer = FALSE WHERE id = ?", id);
            return this;
        }

        /** Has this e-mail address (as HR or a sign-in gave it). */
        public Person email(String email) {
            jdbc.update("UPDATE person SET email = ? WHERE id = ?", email, id);
            return this;
        }

        /** HR gave this mobile number (E.164). */
        public Person mobile(String number) {
            jdbc.update("UPDATE person SET mobile = ? WHERE id = ?", number, id);
            return this;
        }

        /** HR gave this language ("nb", "en"). */
        public Person language(String tag) {
            jdbc.update("UPDATE person SET preferred_language = ? WHERE id = ?", tag, id);
            return this;
        }

        /** Has a work computer, or not. */
        public Person computer(boolean has) {
            jdbc.update("UPDATE person SET has_work_computer = ? WHERE id = ?", has, id);
            return this;
        }
    }
}
