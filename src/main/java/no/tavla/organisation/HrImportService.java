package no.tavla.organisation;

import java.time.Clock;

import no.tavla.organisation.internal.ImportReading;
import no.tavla.organisation.internal.OrganisationStore;
import no.tavla.shared.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR import: units and people from the CSV files HR systems export. First a preview that lists every problem in
 * plain language, then an apply that writes everything or nothing. Administrators only.
 */
@Service
public class HrImportService {

    private final OrganisationStore store;
    private final Clock clock;
    private final CurrentActor actor;
    private final AccessPolicy policy;

    HrImportService(OrganisationStore store, Clock clock, CurrentActor actor, AccessPolicy policy) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.policy = policy;
    }

    /** What the import would do, and everything wrong with the files. Writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportFiles files, ImportMode mode) {
        policy.requireAnywhere(Action.ADMINISTER);
        ImportReading.Existing existing = store.existing();
        ImportReading reading = ImportReading.read(files, existing);
        if (!reading.problems().isEmpty()) {
            return new ImportPreview(reading.problems(), reading.units().size(), reading.people().size(),
                    withoutComputer(reading), 0, 0, 0);
        }
        int leaving = mode == ImportMode.FULL && !reading.people().isEmpty()
                ? store.peopleMissingFrom(reading.people()).size() : 0;
        return new ImportPreview(reading.problems(), reading.units().size(), reading.people().size(),
                withoutComputer(reading), store.countNewUnits(reading.units()),
                store.countNewPeople(reading.people(), existing.employeeNumbers()), leaving);
    }

    /**
     * Applies the import in one transaction.
     *
     * @throws ImportRejected when the files have problems; then nothing is written
     */
    @Transactional
    public ImportSummary apply(ImportFiles files, ImportMode mode) {
        policy.requireAnywhere(Action.ADMINISTER);
        ImportReading reading = ImportReading.read(files, store.existing());
        if (!reading.problems().isEmpty()) {
            throw new ImportRejected(reading.problems());
        }
        return store.write(reading, mode, actor.nameOrSystem(), clock.instant());
    }

    private static int withoutComputer(ImportReading reading) {
        return (int) reading.people().stream().filter(ImportReading.PersonRow::withoutComputer).count();
    }
}
