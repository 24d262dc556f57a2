package no.tavla.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.tavla.notifications.internal.OutboxStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.notifications.internal.TaskStore;
import no.tavla.organisation.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of work someone is responsible for, for the modules that hand out work (a communication plan's measures):
 * when its reminder is due, the task rings its person's bell and, if they want e-mail at once, is mailed to them after
 * their quiet hours. A task is named by its owner ({@code plan-measure:12}); scheduling it again replaces it, and a
 * reminder that rang for a time that has changed is taken back and rings again at the new one. The sending job rings
 * what is due ({@link OutboxJob}), one instance winning each task (decision 0025).
 */
@Service
public class TaskReminders {

    /** The work to be reminded of. @param href its page, relative to Tavla's address ("plans/12") */
    public record Task(String subject, long personId, String title, String context, Instant at, String href) {

        public Task {
            Objects.requireNonNull(subject);
            Objects.requireNonNull(title);
            Objects.requireNonNull(at);
            Objects.requireNonNull(href);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);
    static final int TITLE = 300;
    private static final int BATCH = 200;

    private final TaskStore tasks;
    private final OutboxStore outbox;
    private final PreferenceStore preferences;
    private final Recipients recipients;
    private final MailSetup mail;
    private final BellChanges bells;
    private final Clock clock;

    TaskReminders(TaskStore tasks, OutboxStore outbox, PreferenceStore preferences, Recipients recipients,
                  MailSetup mail, BellChanges bells, Clock clock) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.preferences = preferences;
        this.recipients = recipients;
        this.mail = mail;
        this.bells = bells;
        this.clock = clock;
    }

    /**
     * Reminds the task's person at {@code remindAt} (at once if that has passed). The same task again with only new
     * texts keeps its reminder; a new person or time takes back what rang and rings anew.
     */
    @Transactional
    public void schedule(Task task, Instant remindAt) {
        Instant now = clock.instant();
        String title = cut(task.title());
        String context = task.context() == null ? null : cut(task.context());
        Optional<TaskStore.Task> kept = tasks.find(task.subject());
        if (kept.isPresent() && kept.get().personId() == task.personId() && kept.get().taskAt().equals(task.at())
                && kept.get().remindAt().equals(remindAt)) {
            tasks.retitle(kept.get().id(), title, context, task.href());
            return;
        }
        kept.ifPresent(old -> {
            outbox.forgetTask(old.id());
            tasks.delete(old.subject());
        });
        tasks.insert(task.subject(), task.personId(), title, context, task.at(), task.href(), remindAt, now);
    }

    /** The work is done, dropped or gone: nothing more is said of it, and its bell entry goes. */
    @Transactional
    public void cancel(String subject) {
        tasks.find(subject).ifPresent(task -> {
            outbox.forgetTask(task.id());
            tasks.delete(subject);
        });
    }

    /** Takes back every task whose subject begins so (the work was handed out to several people). */
    @Transactional
    public void cancelAll(String subjectPrefix) {
        tasks.subjects(subjectPrefix).forEach(this::cancel);
    }

    /** The subjects of the tasks that begin so. */
    @Transactional(readOnly = true)
    public List<String> subjects(String subjectPrefix) {
        return tasks.subjects(subjectPrefix);
    }

    /** Whether the task is waiting to ring or has rung, and when it rings (for the owner's page and tests). */
    @Transactional(readOnly = true)
    public Optional<Instant> remindsAt(String subject) {
        return tasks.find(subject).map(TaskStore.Task::remindAt);
    }

    /** Rings every task whose reminder is due at {@code now}. @return how many rang here */
    @Transactional
    public int ringDue(Instant now) {
        int rang = 0;
        List<Long> due;
        do {
            due = tasks.due(now, BATCH);
            List<TaskStore.Task> won = due.stream().filter(tasks::ring).map(id -> tasks.find(id).orElseThrow())
                    .toList();
            Map<Long, Recipients.Recipient> people = recipients.contacts(won.stream().map(TaskStore.Task::personId)
                    .distinct().toList());
            Map<Long, Choices> chosen = preferences.of(people.keySet());
            for (TaskStore.Task task : won) {
                Recipients.Recipient person = people.get(task.personId());
                if (person == null) {
                    continue; // they have left: nobody to remind
                }
                outbox.ringTask(task.id(), task.personId(), now);
                Choices choices = chosen.getOrDefault(task.personId(), Choices.DEFAULT);
                if (mail.isOn() && person.email() != null && choices.emailAtOnce()) {
                    outbox.enqueueTask(task.id(), task.personId(), Timing.atOnce(now, choices.quiet()), now);
                }
                rang++;
            }
            bells.rang(won.stream().map(TaskStore.Task::personId).filter(people::containsKey).toList());
        } while (due.size() == BATCH);
        if (rang > 0) {
            LOG.info("{} task reminder(s) rang", rang);
        }
        return rang;
    }

    private static String cut(String text) {
        String stripped = text.strip();
        return stripped.length() <= TITLE ? stripped : stripped.substring(0, TITLE - 1) + "…";
    }
}
