package no.tavla.organisation;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

import no.tavla.organisation.internal.ImportReading;
import no.tavla.organisation.internal.OrganisationStore;
import no.tavla.shared.CurrentActor;
import no.tavla.shared.Refusal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HR import: units and people from the CSV files HR systems export. First a preview that lists every problem in
 * plain language, then an apply that writes everything or nothing, with its progress for a long import. One import
 * runs at a time. Administrators only.
 */
@Service
public class HrImportService {

    private final OrganisationStore store;
    private final Clock clock;
    private final CurrentActor actor;
    private final AccessPolicy policy;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final ReentrantLock running = new ReentrantLock();

    HrImportService(OrganisationStore store, Clock clock, CurrentActor actor, AccessPolicy policy,
                    PlatformTransactionManager transactionManager,
                    @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.policy = policy;
        this.transactions = new TransactionTemplate(transactionManager);
        this.executor = executor;
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
     * Applies the import in one transaction and waits for it.
     *
     * @throws ImportRejected when the files have problems; then nothing is written
     * @throws Refusal        ({@code import.busy}) while another import runs
     */
    public ImportSummary apply(ImportFiles files, ImportMode mode) {
        policy.requireAnywhere(Action.ADMINISTER);
        return applyNow(files, mode, ImportProgress.NONE);
    }

    /**
     * Starts the import in the background, as the person who started it; the answer completes with the summary, or
     * with {@link ImportRejected} or a {@link Refusal}. Refused at once for someone who is not an administrator.
     */
    public CompletableFuture<ImportSummary> start(ImportFiles files, ImportMode mode, ImportProgress progress) {
        policy.requireAnywhere(Action.ADMINISTER);
        CompletableFuture<ImportSummary> answer = new CompletableFuture<>();
        executor.execute(actor.carriedTo(() -> {
            try {
                answer.complete(applyNow(files, mode, progress));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }));
        return answer;
    }

    private ImportSummary applyNow(ImportFiles files, ImportMode mode, ImportProgress progress) {
        if (!running.tryLock()) {
            throw new Refusal("import.busy");
        }
        try {
            return transactions.execute(status -> {
                policy.requireAnywhere(Action.ADMINISTER);
                progress.at(ImportProgress.Stage.CHECKING, 0, 1);
                ImportReading reading = ImportReading.read(files, store.existing());
                if (!reading.problems().isEmpty()) {
                    throw new ImportRejected(reading.problems());
                }
                return store.write(reading, mode, actor.nameOrSystem(), clock.instant(), progress);
            });
        } finally {
            running.unlock();
        }
    }

    private static int withoutComputer(ImportReading reading) {
        return (int) reading.people().stream().filter(ImportReading.PersonRow::withoutComputer).count();
    }
}
