package no.tavla.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.tavla.news.reading.ReleasedItems;
import no.tavla.notifications.internal.OutboxStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.news.Item;
import no.tavla.notifications.mail.DigestMail;
import no.tavla.notifications.sms.SmsGateway;
import no.tavla.notifications.sms.SmsText;
import no.tavla.notifications.mail.ItemMail;
import no.tavla.notifications.mail.MailLogo;
import no.tavla.notifications.mail.MissingMail;
import no.tavla.notifications.mail.TaskMail;
import no.tavla.notifications.internal.TaskStore;
import no.tavla.organisation.Recipients;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Each run claims a batch of due rows by a conditional update under its own name, so two
 * runs (two Tavla instances, or a run that overlaps the next) never send the same row; ShedLock keeps the runs from
 * queueing behind each other. A failed send waits and is tried again, the wait doubling from
 * {@code TAVLA_NOTIFICATIONS_FIRST_RETRY}; after the last try the row is failed and shown on the operations page.
 * Before it sends, it looks again: the person may have said no, left, lost their address, or the item been withdrawn.
 * How it claims, and why it sends in shares by person, is decision 0018.
 */
@Component
public class OutboxJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxJob.class);
    static final int BATCH = 200;
    /** A claim older than this belongs to a run that stopped (a send takes seconds). */
    static final Duration STALE = Duration.ofMinutes(15);

    private final OutboxStore outbox;
    private final PreferenceStore preferences;
    private final Recipients recipients;
    private final ReleasedItems items;
    private final UnsubscribeLinks links;
    private final MailSetup mail;
    private final SmsSetup sms;
    private final ReleaseNotifications releases;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Translations translations;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final MailLogo logo;
    private final TaskReminders taskReminders;
    private final TaskStore tasks;

    OutboxJob(OutboxStore outbox, PreferenceStore preferences, Recipients recipients, ReleasedItems items,
              UnsubscribeLinks links, MailSetup mail, SmsSetup sms, Translations translations,
              MunicipalityProperties municipality, MailLogo logo, Clock clock, ReleaseNotifications releases,
              org.springframework.transaction.PlatformTransactionManager transactionManager,
              TaskReminders taskReminders, TaskStore tasks) {
        this.taskReminders = taskReminders;
        this.tasks = tasks;
        this.logo = logo;
        this.sms = sms;
        this.releases = releases;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.outbox = outbox;
        this.preferences = preferences;
        this.recipients = recipients;
        this.items = items;
        this.links = links;
        this.mail = mail;
        this.translations = translations;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tavla.notifications.check:PT2S}",
            initialDelayString = "${tavla.notifications.first-check:PT15S}")
    @SchedulerLock(name = "notifications-outbox", lockAtMostFor = "PT10M")
    public void scheduled() {
        runOnce();
    }

    /**
     * Writes what recorded releases and corrections tell each person, then sends what is due. One run at a time on
     * this instance (another instance's runs are kept apart by the claims).
     *
     * @return how many notifications this run sent
     */
    public synchronized int runOnce() {
        fanOut();
        ringTasks();
        if (mail.sender().isEmpty() && sms.gateway().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int stale;
        try {
            stale = outbox.releaseStale(now.minus(STALE));
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            stale = 0;
        }
        if (stale > 0) {
            LOG.warn("{} notification(s) claimed by a run that stopped go out again", stale);
        }
        // a first batch for everyone; if there is more, the shares go at once
        Sent first = sendShare(0, 1, 1);
        int sent = first.count() + (first.more() ? sendShares(mail.properties().connections()) : 0);
        if (sent > 0) {
            LOG.info("Sent {} notification(s)", sent);
        }
        return sent;
    }

    /** Sends every share of what is due: the others on threads of their own, each over its own connection, one here. */
    private int sendShares(int shares) {
        if (shares == 1) {
            return sendShare(0, 1, -1).count();
        }
        int sent = 0;
        try (java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("tavla-send-", 1).factory())) {
            List<java.util.concurrent.Future<Sent>> others = java.util.stream.IntStream.range(1, shares)
                    .mapToObj(share -> senders.submit(() -> sendShare(share, shares, -1))).toList();
            sent += sendShare(0, shares, -1).count();
            for (java.util.concurrent.Future<Sent> other : others) {
                try {
                    sent += other.get().count();
                } catch (java.util.concurrent.ExecutionException e) {
                    // what it claimed and did not send goes again when its claim is stale
                    LOG.warn("A sender stopped: {}", reason(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return sent;
    }

    /** @param more whether the last batch was full, so more may be due */
    private record Sent(int count, boolean more) {
    }

    /**
     * Sends what is due for the people of one share (their id modulo the shares), batch by batch, until none is left or
     * {@code batches} were sent (-1: no limit). Shares are sent at once, each over its own connection: a relay takes
     * milliseconds to answer each message, and the other share's next batch is rendered meanwhile. A person is always
     * in the same share, so their digest stays one e-mail.
     */
    private Sent sendShare(int share, int shares, int batches) {
        int sent = 0;
        int left = batches;
        OutboxStore.Claimed batch;
        ItemsRead released = new ItemsRead();
        do {
            String claimer = UUID.randomUUID().toString();
            try {
                batch = outbox.claim(claimer, clock.instant(), BATCH, share, shares);
            } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                LOG.debug("Notifications claimed elsewhere just now: {}", busy.getMessage());
                return new Sent(sent, false);
            }
            sent += send(claimer, batch.rows(), released);
            left--;
        } while (batch.more() && left != 0);
        return new Sent(sent, batch.more());
    }

    /** The reminders of work that are due ring (a task another instance rings at the same moment is its). */
    private void ringTasks() {
        try {
            taskReminders.ringDue(clock.instant());
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            LOG.debug("Task reminders rung elsewhere just now: {}", busy.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Task reminders could not ring: {}", reason(e));
        }
    }

    /** Each recorded release or correction, written per person in one transaction with its removal. */
    private void fanOut() {
        List<OutboxStore.FanOut> claimed;
        do {
            String claimer = UUID.randomUUID().toString();
            try {
                claimed = outbox.claimFanOuts(claimer, clock.instant(), clock.instant().minus(STALE), 20);
            } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                // another instance claims at the same moment (a deadlock, or a certification conflict on Galera):
                // what it did not take waits for the next run
                LOG.debug("Fan-outs claimed elsewhere just now: {}", busy.getMessage());
                return;
            }
            for (OutboxStore.FanOut fanOut : claimed) {
                try {
                    transactions.executeWithoutResult(status -> {
                        if (outbox.fannedOut(fanOut.id(), claimer)) {
                            releases.fanOut(fanOut);
                        }
                    });
                } catch (RuntimeException e) {
                    // given back for the next run, while the rest goes on
                    LOG.warn("The notifications of item {} could not be written: {}", fanOut.itemId(), reason(e));
                    try {
                        outbox.unclaimFanOut(fanOut.id(), claimer);
                    } catch (RuntimeException stillFailing) {
                        LOG.debug("Left claimed, taken over when stale: {}", reason(stillFailing));
                    }
                }
            }
        } while (claimed.size() == 20);
    }

    /**
     * The items a run has read, kept for {@link #ITEMS_KEPT}: a digest run of 20,000 e-mails reads its twenty items once
     * every few seconds, not once per batch; an item withdrawn meanwhile stops going within that time.
     */
    private final class ItemsRead {
        private final Map<Long, Optional<ReleasedItems.Released>> read = new HashMap<>();
        private Instant since = clock.instant();

        Optional<ReleasedItems.Released> out(long itemId) {
            if (clock.instant().isAfter(since.plus(ITEMS_KEPT))) {
                read.clear();
                since = clock.instant();
            }
            return read.computeIfAbsent(itemId, items::out);
        }
    }

    static final Duration ITEMS_KEPT = Duration.ofSeconds(10);

    private int send(String claimer, List<OutboxStore.Pending> claimed, ItemsRead released) {
        if (claimed.isEmpty()) {
            return 0;
        }
        // a digest is one e-mail: the run that has part of a person's digest takes the rest of it too
        List<OutboxStore.Pending> batch = new java.util.ArrayList<>(claimed);
        java.util.Set<Long> inBatch = new java.util.HashSet<>();
        claimed.forEach(pending -> inBatch.add(pending.id()));
        outbox.claimDigests(claimer, claimed.stream().filter(pending -> pending.kind() == NotificationKind.DIGEST)
                .map(OutboxStore.Pending::personId).distinct().toList(), clock.instant()).stream()
                .filter(more -> !inBatch.contains(more.id())).forEach(batch::add);
        List<Long> people = batch.stream().map(OutboxStore.Pending::personId).distinct().toList();
        Map<Long, Recipients.Recipient> contacts = recipients.contacts(people);
        Map<Long, Choices> chosen = preferences.of(contacts.keySet());
        Optional<MailLogo.Image> logo = mail.sender().isPresent() ? this.logo.image() : Optional.empty();
        ItemMail renderer = new ItemMail(translations, municipality.name(), mail.properties().baseUrl(),
                logo.isPresent());
        MissingMail missing = new MissingMail(translations, municipality.name(), mail.properties().baseUrl(),
                logo.isPresent());
        Map<MimeMessage, List<OutboxStore.Pending>> messages = new java.util.LinkedHashMap<>();
        Map<Long, List<Digested>> digests = new java.util.LinkedHashMap<>();
        int texted = 0;
        Map<Long, java.util.Set<Long>> confirmed = new HashMap<>();
        TaskMail taskMail = new TaskMail(translations, municipality.name(), mail.properties().baseUrl(),
                logo.isPresent());
        Map<Long, TaskStore.Task> taskRows = new HashMap<>();
        tasks.find(batch.stream().map(OutboxStore.Pending::taskId).filter(java.util.Objects::nonNull).distinct()
                .toList()).forEach(task -> taskRows.put(task.id(), task));
        for (OutboxStore.Pending pending : batch) {
            if (pending.taskId() != null) {
                task(claimer, pending, taskRows.get(pending.taskId()), contacts.get(pending.personId()),
                        chosen.getOrDefault(pending.personId(), Choices.DEFAULT), taskMail, logo, messages);
                continue;
            }
            Optional<ReleasedItems.Released> item = released.out(pending.itemId());
            // a reminder that waited (quiet hours, a retry) is not sent to someone who has confirmed meanwhile
            if (pending.kind() == NotificationKind.REMINDER && item.isPresent() && confirmed
                    .computeIfAbsent(pending.itemId(), id -> items.confirmedBy(item.get().item()))
                    .contains(pending.personId())) {
                outbox.finish(pending.id(), claimer, NotificationStatus.SKIPPED, clock.instant(),
                        "confirmed meanwhile");
                continue;
            }
            if (pending.channel() == NotificationChannel.SMS) {
                texted += text(claimer, pending, item, contacts.get(pending.personId()),
                        chosen.getOrDefault(pending.personId(), Choices.DEFAULT)) ? 1 : 0;
                continue;
            }
            if (mail.sender().isEmpty()) {
                outbox.finish(pending.id(), claimer, NotificationStatus.SKIPPED, clock.instant(),
                        "e-mail is not set up");
                continue;
            }
            Recipients.Recipient to = contacts.get(pending.personId());
            Choices choices = chosen.getOrDefault(pending.personId(), Choices.DEFAULT);
            String skipped = item.isEmpty() ? "the item is no longer out" : to == null ? "the person has left"
                    : to.email() == null ? "no e-mail address"
                    : pending.kind() == NotificationKind.DIGEST && choices.digest() == Digest.NONE
                    ? "the person chose no digest"
                    : pending.kind() != NotificationKind.DIGEST && !choices.emailAtOnce()
                    ? "the person said no to e-mail" : null;
            if (skipped != null) {
                outbox.finish(pending.id(), claimer, NotificationStatus.SKIPPED, clock.instant(), skipped);
            } else if (pending.kind() == NotificationKind.DIGEST) {
                digests.computeIfAbsent(pending.personId(), p -> new java.util.ArrayList<>())
                        .add(new Digested(pending, item.get().in(to.language())));
            } else {
                try {
                    String unsubscribe = links.url(to.personId());
                    // in the recipient's language's version of the item when it has one (decision 0026)
                    ReleasedItems.Released theirs = item.get().in(to.language());
                    ItemMail.Rendered rendered = switch (pending.kind()) {
                        case REMINDER -> renderer.reminder(theirs, to.language(), unsubscribe);
                        case MISSING -> missing.render(theirs.item(), pending.note() == null ? List.of()
                                : List.of(pending.note().split("\n")), to.language(), unsubscribe);
                        case CORRECTED -> renderer.render(theirs, to.language(), unsubscribe,
                                Optional.ofNullable(pending.note()).orElse(""));
                        default -> renderer.render(theirs, to.language(), unsubscribe, null);
                    };
                    messages.put(message(pending, to, rendered, logo), List.of(pending));
                } catch (MessagingException | RuntimeException e) {
                    failed(claimer, pending, e);
                }
            }
        }
        DigestMail digestRenderer = new DigestMail(translations, municipality.name(), mail.properties().baseUrl(),
                logo.isPresent());
        digests.forEach((person, list) -> {
            Recipients.Recipient to = contacts.get(person);
            List<OutboxStore.Pending> rows = list.stream().map(Digested::pending).toList();
            try {
                messages.put(message(rows.get(0), to, digestRenderer.render(list.stream().map(Digested::item)
                        .toList(), chosen.getOrDefault(person, Choices.DEFAULT).digest(), to.language(),
                        links.url(person)), logo), rows);
            } catch (MessagingException | RuntimeException e) {
                rows.forEach(row -> failed(claimer, row, e));
            }
        });
        return texted + deliver(claimer, messages);
    }

    /** A task's reminder by e-mail, looked at again first (the person may have left, lost their address or said no). */
    private void task(String claimer, OutboxStore.Pending pending, TaskStore.Task task, Recipients.Recipient to,
                      Choices choices, TaskMail renderer, Optional<MailLogo.Image> logo,
                      Map<MimeMessage, List<OutboxStore.Pending>> messages) {
        String skipped = mail.sender().isEmpty() ? "e-mail is not set up" : task == null ? "the task is gone"
                : to == null ? "the person has left" : to.email() == null ? "no e-mail address"
                : !choices.emailAtOnce() ? "the person said no to e-mail" : null;
        if (skipped != null) {
            outbox.finish(pending.id(), claimer, NotificationStatus.SKIPPED, clock.instant(), skipped);
            return;
        }
        try {
            messages.put(message(pending, to, renderer.render(task, to.language(), links.url(to.personId())), logo),
                    List.of(pending));
        } catch (MessagingException | RuntimeException e) {
            failed(claimer, pending, e);
        }
    }

    /**
     * One SMS, looked at again first (the person may have left, lost the number or said no, the item be withdrawn);
     * a gateway that is down is tried again later, a number it refuses is not.
     */
    private boolean text(String claimer, OutboxStore.Pending pending, Optional<ReleasedItems.Released> item,
                         Recipients.Recipient to, Choices choices) {
        String number = to == null ? null : choices.smsNumberOr(to.mobile());
        String skipped = sms.gateway().isEmpty() ? "SMS is not set up" : item.isEmpty() ? "the item is no longer out"
                : to == null ? "the person has left" : number == null ? "no mobile number"
                : !choices.sms() ? "the person said no to SMS" : null;
        if (skipped != null) {
            outbox.finish(pending.id(), claimer, NotificationStatus.SKIPPED, clock.instant(), skipped);
            return false;
        }
        Item shown = item.get().in(to.language()).item();
        String link = mail.properties().baseUrl() + "/news/" + shown.id();
        java.util.Locale locale = to.language().locale();
        String text = switch (pending.kind()) {
            case CORRECTED -> translations.text("sms.corrected", locale, municipality.name(),
                    SmsText.plain(shown.title()), link);
            case REMINDER -> translations.text("sms.reminder", locale, municipality.name(),
                    SmsText.plain(shown.title()), shown.confirmBy() == null ? ""
                            : no.tavla.shared.TavlaTime.dateTime(shown.confirmBy(), locale), link);
            default -> translations.text("sms.must-read", locale, municipality.name(), SmsText.plain(shown.title()),
                    link);
        };
        try {
            SmsGateway.Sent sent = sms.gateway().get().send(number, text, "tavla-" + pending.id());
            return outbox.sentSms(pending.id(), claimer, clock.instant(), sent.reference(), sent.costUnits());
        } catch (SmsGateway.Refused refused) {
            if (refused.permanent()) {
                outbox.finish(pending.id(), claimer, NotificationStatus.FAILED, clock.instant(), refused.getMessage());
                LOG.warn("SMS {} refused for good: {}", pending.id(), refused.getMessage());
            } else {
                failed(claimer, pending, refused);
            }
            return false;
        }
    }

    private record Digested(OutboxStore.Pending pending, ReleasedItems.Released item) {
    }

    /**
     * Hands the messages to the mail server over one connection (one per message would cost a connection set-up
     * each); a message the server refuses fails on its own, a server that cannot be reached fails them all.
     *
     * @return how many notifications went (a digest counts each of its items)
     */
    private int deliver(String claimer, Map<MimeMessage, List<OutboxStore.Pending>> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> refused = Map.of();
        try {
            mail.sender().orElseThrow().send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (org.springframework.mail.MailSendException e) {
            refused = e.getFailedMessages();
            if (refused.isEmpty()) {
                messages.values().forEach(rows -> rows.forEach(pending -> failed(claimer, pending, e)));
                return 0;
            }
        } catch (RuntimeException e) {
            messages.values().forEach(rows -> rows.forEach(pending -> failed(claimer, pending, e)));
            return 0;
        }
        // what went is marked in one statement: a commit per row was most of a digest's time (docs/BENCHMARKS.md)
        List<Long> went = new java.util.ArrayList<>();
        for (Map.Entry<MimeMessage, List<OutboxStore.Pending>> entry : messages.entrySet()) {
            Exception problem = refused.get(entry.getKey());
            for (OutboxStore.Pending pending : entry.getValue()) {
                if (problem != null) {
                    failed(claimer, pending, problem);
                } else {
                    went.add(pending.id());
                }
            }
        }
        return outbox.sent(went, claimer, clock.instant());
    }

    private MimeMessage message(OutboxStore.Pending pending, Recipients.Recipient to, ItemMail.Rendered rendered,
                                Optional<MailLogo.Image> logo) throws MessagingException {
        MimeMessage message = mail.message(to, rendered, logo);
        // one message, one notification id in its header (a digest names its first)
        String unsubscribe = links.url(to.personId());
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Tavla-Notification", String.valueOf(pending.id()));
        return message;
    }

    private void failed(String claimer, OutboxStore.Pending pending, Exception e) {
        // kept as a code and the other side's words, so the system page says it in the administrator's language
        String said = reason(e);
        String reason = FailureReason.isCoded(said) ? said : FailureReason.MAIL.with(said);
        int tries = pending.attempts() + 1;
        if (tries >= mail.properties().attempts()) {
            outbox.finish(pending.id(), claimer, NotificationStatus.FAILED, clock.instant(), reason);
            LOG.warn("Notification {} failed after {} tries: {}", pending.id(), tries, reason);
        } else {
            Duration wait = mail.properties().firstRetry().multipliedBy(1L << Math.min(tries - 1, 16));
            outbox.retry(pending.id(), claimer, clock.instant().plus(wait), reason);
            LOG.info("Notification {} not sent (try {}), again in {}: {}", pending.id(), tries, wait, reason);
        }
    }

    /** What went wrong, in one line without a stack trace: the innermost message. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
