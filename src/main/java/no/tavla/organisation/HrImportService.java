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
    private final int confirmShare;

    /** Largest file accepted, for the upload fields. */
    public static final int MAX_FILE_BYTES = ImportReading.MAX_FILE_BYTES;

    HrImportService(OrganisationStore store, Clock clock, CurrentActor actor, AccessPolicy policy,
                    PlatformTransactionManager transactionManager,
                    @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                    @org.springframework.beans.factory.annotation.Value("${tavla.import.confirm-share:10}")
                    int confirmShare) {
        this.confirmShare = confirmShare;
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
        int active = store.activePeople();
        if (!reading.problems().isEmpty()) {
            return new ImportPreview(reading.problems(), reading.units().size(), reading.people().size(),
                    withoutComputer(reading), 0, 0, 0, active, false);
        }
        int leaving = leaving(reading, mode);
        return new ImportPreview(reading.problems(), reading.units().size(), reading.people().size(),
                withoutComputer(reading), store.countNewUnits(reading.units()),
                store.countNewPeople(reading.people(), existing.employeeNumbers()), leaving, active,
                needsConfirmation(leaving, active));
    }

    /**
     * Whether deactivating this many of those active is so many that it must be confirmed: more than the set share
     * ({@code TAVLA_IMPORT_CONFIRM_SHARE}, 10 %), as when a file of four people would deactivate three hundred.
     */
    boolean needsConfirmation(int leaving, int active) {
        return leaving > 0 && (long) leaving * 100 > (long) active * confirmShare;
    }

    private int leaving(ImportReading reading, ImportMode mode) {
        return mode == ImportMode.FULL && !reading.people().isEmpty()
                ? store.peopleMissingFrom(reading.people()).size() : 0;
    }

    /**
     * Applies the import in one transaction and waits for it.
     *
     * @throws ImportRejected when the files have problems; then nothing is written
     * @throws Refusal        ({@code import.busy}) while another import runs
     */
    public ImportSummary apply(ImportFiles files, ImportMode mode) {
        return apply(files, mode, 0);
    }

    /**
     * Applies the import; a full import that deactivates more than the set share of those active goes ahead only
     * when {@code confirmedDeactivations} names exactly how many it deactivates.
     *
     * @throws Refusal ({@code import.deactivations.confirm}) when that confirmation is missing or names another number
     */
    public ImportSummary apply(ImportFiles files, ImportMode mode, int confirmedDeactivations) {
        policy.requireAnywhere(Action.ADMINISTER);
        return applyNow(files, mode, confirmedDeactivations, ImportProgress.NONE);
    }

    /**
     * Starts the import in the background, as the person who started it; the answer completes with the summary, or
     * with {@link ImportRejected} or a {@link Refusal}. Refused at once for someone who is not an administrator.
     */
    public CompletableFuture<ImportSummary> start(ImportFiles files, ImportMode mode, int confirmedDeactivations,
                                                  ImportProgress progress) {
        policy.requireAnywhere(Action.ADMINISTER);
        CompletableFuture<ImportSummary> answer = new CompletableFuture<>();
        executor.execute(actor.carriedTo(() -> {
            try {
                answer.complete(applyNow(files, mode, confirmedDeactivations, progress));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }));
        return answer;
    }

    private ImportSummary applyNow(ImportFiles files, ImportMode mode, int confirmedDeactivations,
                                   ImportProgress progress) {
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
                int leaving = leaving(reading, mode);
                int active = store.activePeople();
                if (needsConfirmation(leaving, active) && confirmedDeactivations != leaving) {
                    throw new Refusal("import.deactivations.confirm", leaving, active);
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
