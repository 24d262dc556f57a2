package no.tavla.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import no.tavla.organisation.ImportFiles;
import no.tavla.organisation.ImportMode;
import no.tavla.organisation.ImportProgress;
import no.tavla.organisation.ImportRejected;
import no.tavla.organisation.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local profile's fictional municipality: 16 units on three levels and 300 people, 40 % of them without a work
 * computer, read from {@code demo/*.csv} by the same reading and writing as the HR import, once, into an empty
 * database. It runs as the system, not as a person, so the import's administrator check does not apply.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "tavla.demo.organisation", havingValue = "true", matchIfMissing = true)
@org.springframework.core.annotation.Order(10)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrganisationStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOrganisation(OrganisationStore store, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Integer units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
        if (units != null && units > 0) {
            return;
        }
        ImportFiles files = new ImportFiles(read("demo/units.csv"), read("demo/people.csv"));
        ImportSummary summary = transaction.execute(status -> {
            ImportReading reading = ImportReading.read(files, store.existing());
            if (!reading.problems().isEmpty()) {
                throw new ImportRejected(reading.problems());
            }
            return store.write(reading, ImportMode.FULL, "demo", clock.instant(), ImportProgress.NONE);
        });
        int roles = giveDemoRoles();
        log.info("Loaded the demo municipality: {} units, {} people and {} roles", summary.unitsCreated(),
                summary.peopleCreated(), roles);
        // leaders: each unit's first manager leads it
        jdbc.update("UPDATE unit u SET leader_id = (SELECT MIN(r.person_id) FROM role_assignment r"
                + " WHERE r.unit_id = u.id AND r.role = 'MANAGER' AND r.revoked_at IS NULL) WHERE u.leader_id IS NULL");
    }

    /** Editors and managers in several units, and the global roles of the demo people, from demo/roles.csv. */
    private int giveDemoRoles() {
        CsvTable roles = CsvTable.read(read("demo/roles.csv"), Map.of(
                "number", List.of("ansattnummer"), "role", List.of("rolle"), "unit", List.of("enhet")));
        int given = 0;
        for (CsvTable.Row row : roles.rows()) {
            given += jdbc.update("INSERT INTO role_assignment (person_id, role, unit_id, granted_by, granted_at, reason)"
                    + " SELECT p.id, ?, (SELECT id FROM unit WHERE code = ?), 'demo', ?, 'Demo' FROM person p"
                    + " WHERE p.employee_number = ?", row.get("role"), row.get("unit").isEmpty() ? null : row.get("unit"),
                    java.sql.Timestamp.from(clock.instant()), row.get("number"));
        }
        return given;
    }

    private static byte[] read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo file " + resource + " is missing", e);
        }
    }
}
