package no.tavla.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import no.tavla.organisation.ImportFiles;
import no.tavla.organisation.ImportMode;
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
            return store.write(reading, ImportMode.FULL, "demo", clock.instant());
        });
        log.info("Loaded the demo municipality: {} units and {} people", summary.unitsCreated(),
                summary.peopleCreated());
    }

    private static byte[] read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo file " + resource + " is missing", e);
        }
    }
}
