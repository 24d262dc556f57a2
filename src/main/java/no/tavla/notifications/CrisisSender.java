package no.tavla.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.tavla.crisis.Crises;
import no.tavla.crisis.Crisis;
import no.tavla.crisis.CrisisMessages;
import no.tavla.crisis.CrisisUpdate;
import no.tavla.notifications.internal.CrisisMessageStore;
import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.notifications.mail.CrisisMail;
import no.tavla.notifications.mail.ItemMail;
import no.tavla.notifications.mail.MailLogo;
import no.tavla.notifications.sms.SmsGateway;
import no.tavla.notifications.sms.SmsText;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Recipients;
import no.tavla.shared.MunicipalityProperties;
import no.tavla.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A crisis's SMS and e-mails to everyone in its scope (issue 15, decision 0021), ignoring quiet hours and opt-outs:
 * written in the transaction that switches it on, posts an update or switches it off, and sent by a job of its own
 * every second, apart from the outbox so that nothing waiting there (a digest of thousands) holds a crisis up. SMS and
 * e-mail go on threads of their own, so a mail server that is down does not slow the SMS; SMS go several at once (a
 * gateway takes tens of milliseconds to answer each). What fails is tried again every few minutes for
 * {@link #TRIED_FOR}, and shown on the crisis page meanwhile; once the crisis has ended, only its closing message
 * still goes.
 */
@Component
class CrisisSender implements CrisisMessages {

    private static final Logger LOG = LoggerFactory.getLogger(CrisisSender.class);
    static final int BATCH = 200;
    /** The longest wait between two tries of a crisis message. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** How long a crisis message is tried before it is failed. */
    static final Duration TRIED_FOR = Duration.ofHours(12);
    /** The longest SMS text of a crisis's words; the crisis page has the rest. */
    static final int SMS_WORDS = 300;

    private final CrisisMessageStore store;
    private final Recipients recipients;
    private final Audiences audiences;
    private final PreferenceStore preferences;
    private final ObjectProvider<Crises> crises;
    private final MailSetup mail;
    private final SmsSetup sms;
    private final Translations translations;
    private final MunicipalityProperties municipality;
    private final MailLogo logo;
    private final Clock clock;
    private final int parallel;

    CrisisSender(CrisisMessageStore store, Recipients recipients, Audiences audiences, PreferenceStore preferences,
                 ObjectProvider<Crises> crises, MailSetup mail, SmsSetup sms, Translations translations,
                 MunicipalityProperties municipality, MailLogo logo, Clock clock,
                 @org.springframework.beans.factory.annotation.Value("${tavla.notifications.crisis-sms-at-once:10}")
                 int parallel) {
        this.store = store;
        this.recipients = recipients;
        this.audiences = audiences;
        this.preferences = preferences;
        this.crises = crises;
        this.mail = mail;
        this.sms = sms;
        this.translations = translations;
        this.municipality = municipality;
        this.logo = logo;
        this.clock = clock;
        this.parallel = Math.max(1, parallel);
    }

    @Override
    public Queued queue(Crisis crisis, Part part, long updateId, boolean bySms, boolean byEmail) {
        List<Recipients.Reach> scope = recipients.reach(crisis.wholeMunicipality(),
                audiences.withSubUnits(crisis.units()), java.util.Set.of());
        Map<Long, Choices> chosen = bySms && sms.isOn()
                ? preferences.of(scope.stream().map(Recipients.Reach::personId).toList()) : Map.of();
        List<Long> texted = bySms && sms.isOn() ? scope.stream().filter(person -> chosen.getOrDefault(
                person.personId(), Choices.DEFAULT).smsNumberOr(person.mobile()) != null)
                .map(Recipients.Reach::personId).toList() : List.of();
        List<Long> emailed = byEmail && mail.isOn() ? scope.stream().filter(Recipients.Reach::hasEmail)
                .map(Recipients.Reach::personId).toList() : List.of();
        Instant now = clock.instant();
        store.enqueue(crisis.id(), part, updateId, texted, NotificationChannel.SMS, now);
        store.enqueue(crisis.id(), part, updateId, emailed, NotificationChannel.EMAIL, now);
        return new Queued(texted.size(), emailed.size());
    }

    @Override
    public List<Progress> progress(long crisisId) {
        return store.progress(crisisId);
    }

    @Scheduled(fixedDelayString = "${tavla.notifications.crisis-check:PT1S}",
            initialDelayString = "${tavla.notifications.crisis-first-check:PT5S}")
    @SchedulerLock(name = "crisis-messages", lockAtMostFor = "PT10M")
    public void scheduled() {
        runOnce();
    }

    /**
     * Sends every crisis message that is due, SMS and e-mail at once.
     *
     * @return how many went
     */
    public synchronized int runOnce() {
        int stale = store.releaseStale(clock.instant().minus(OutboxJob.STALE));
        if (stale > 0) {
            LOG.warn("{} crisis message(s) claimed by a run that stopped go out again", stale);
        }
        try (ExecutorService channels = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> texts = channels.submit(() -> sendAll(NotificationChannel.SMS));
            int sent = sendAll(NotificationChannel.EMAIL);
            sent += texts.get();
            if (sent > 0) {
                LOG.info("Sent {} crisis message(s)", sent);
            }
            return sent;
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("Crisis SMS stopped: {}", OutboxJob.reason(e));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int sendAll(NotificationChannel channel) {
        int sent = 0;
        List<CrisisMessageStore.Pending> batch;
        do {
            String claimer = UUID.randomUUID().toString();
            try {
                batch = store.claim(claimer, channel, clock.instant(), BATCH);
            } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                return sent;
            }
            if (!batch.isEmpty()) {
                sent += channel == NotificationChannel.SMS ? text(claimer, batch) : email(claimer, batch);
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** The words of each message, read once per batch. */
    private final class Words {
        private final Map<Long, Optional<Crisis>> crisis = new HashMap<>();
        private final Map<Long, Optional<CrisisUpdate>> updates = new HashMap<>();

        Optional<Crisis> crisis(long id) {
            return crisis.computeIfAbsent(id, crises.getObject()::forChannels);
        }

        /** The part's words; empty when there are none any more. */
        Optional<String> of(CrisisMessageStore.Pending message) {
            return crisis(message.crisisId()).flatMap(found -> switch (message.part()) {
                case ON -> Optional.of(found.message());
                case OFF -> Optional.ofNullable(found.closingMessage());
                case UPDATE -> updates.computeIfAbsent(message.updateId(), id -> crises.getObject()
                        .updateForChannels(message.crisisId(), id)).map(CrisisUpdate::text);
            });
        }

        /** Why the message does not go, or null: a crisis that ended sends only its closing message. */
        String skipped(CrisisMessageStore.Pending message, Recipients.Recipient to) {
            Optional<Crisis> found = crisis(message.crisisId());
            return found.isEmpty() || of(message).isEmpty() ? "the crisis is gone"
                    : !found.get().lasting() && message.part() != Part.OFF ? "the crisis has ended"
                    : to == null ? "the person has left" : null;
        }
    }

    private int text(String claimer, List<CrisisMessageStore.Pending> batch) {
        Map<Long, Recipients.Recipient> contacts = recipients.contacts(batch.stream()
                .map(CrisisMessageStore.Pending::personId).distinct().toList());
        Map<Long, Choices> chosen = preferences.of(contacts.keySet());
        Words words = new Words();
        ConcurrentLinkedQueue<CrisisMessageStore.Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<Runnable> sends = new ArrayList<>();
        for (CrisisMessageStore.Pending message : batch) {
            Recipients.Recipient to = contacts.get(message.personId());
            String skipped = sms.gateway().isEmpty() ? "SMS is not set up" : words.skipped(message, to);
            String number = to == null ? null : chosen.getOrDefault(to.personId(), Choices.DEFAULT)
                    .smsNumberOr(to.mobile());
            if (skipped == null && number == null) {
                skipped = "no mobile number";
            }
            if (skipped != null) {
                outcomes.add(new CrisisMessageStore.Outcome(message.id(), "SKIPPED", null, null, skipped, null));
                continue;
            }
            String text = smsText(words.crisis(message.crisisId()).orElseThrow(), message.part(),
                    words.of(message).orElseThrow(), to.language().locale());
            sends.add(() -> {
                try {
                    SmsGateway.Sent sent = sms.gateway().get().send(number, text, "crisis-" + message.id());
                    outcomes.add(new CrisisMessageStore.Outcome(message.id(), "SENT", sent.reference(),
                            sent.costUnits(), null, null));
                } catch (SmsGateway.Refused refused) {
                    outcomes.add(refused.permanent()
                            ? new CrisisMessageStore.Outcome(message.id(), "FAILED", null, null, refused.getMessage(),
                            null) : again(message, refused.getMessage()));
                }
            });
        }
        // several at once: 5,000 SMS one after the other at 50 ms each would take four minutes
        Semaphore atOnce = new Semaphore(parallel);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable send : sends) {
                atOnce.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        send.run();
                    } finally {
                        atOnce.release();
                    }
                });
            }
        }
        store.settle(claimer, outcomes, clock.instant());
        return (int) outcomes.stream().filter(outcome -> outcome.status().equals("SENT")).count();
    }

    /** The SMS: the municipality, ØVELSE for a drill, what it is, the title, the words (shortened) and the link. */
    String smsText(Crisis crisis, Part part, String words, Locale locale) {
        String shortened = SmsText.plain(words.strip().replaceAll("\\s+", " "));
        if (shortened.length() > SMS_WORDS) {
            shortened = shortened.substring(0, SMS_WORDS - 1).strip() + "…";
        }
        String text = translations.text("sms.crisis." + part.name(), locale, municipality.name(),
                SmsText.plain(crisis.title()), shortened, mail.properties().baseUrl() + "/crisis/" + crisis.id());
        return crisis.drill() ? translations.text("sms.crisis.drill", locale, text) : text;
    }

    private int email(String claimer, List<CrisisMessageStore.Pending> batch) {
        List<CrisisMessageStore.Outcome> outcomes = new ArrayList<>();
        if (mail.sender().isEmpty()) {
            batch.forEach(message -> outcomes.add(new CrisisMessageStore.Outcome(message.id(), "SKIPPED", null, null,
                    "e-mail is not set up", null)));
            store.settle(claimer, outcomes, clock.instant());
            return 0;
        }
        Map<Long, Recipients.Recipient> contacts = recipients.contacts(batch.stream()
                .map(CrisisMessageStore.Pending::personId).distinct().toList());
        Words words = new Words();
        Optional<MailLogo.Image> image = logo.image();
        CrisisMail renderer = new CrisisMail(translations, municipality.name(), mail.properties().baseUrl(),
                image.isPresent());
        Map<MimeMessage, CrisisMessageStore.Pending> messages = new java.util.LinkedHashMap<>();
        for (CrisisMessageStore.Pending message : batch) {
            Recipients.Recipient to = contacts.get(message.personId());
            String skipped = words.skipped(message, to);
            if (skipped == null && to.email() == null) {
                skipped = "no e-mail address";
            }
            if (skipped != null) {
                outcomes.add(new CrisisMessageStore.Outcome(message.id(), "SKIPPED", null, null, skipped, null));
                continue;
            }
            try {
                messages.put(message(message, to, renderer.render(words.crisis(message.crisisId()).orElseThrow(),
                        message.part(), words.of(message).orElseThrow(), to.language()), image), message);
            } catch (MessagingException | RuntimeException e) {
                outcomes.add(again(message, OutboxJob.reason(e)));
            }
        }
        int sent = 0;
        if (!messages.isEmpty()) {
            Map<Object, Exception> refused;
            try {
                mail.sender().get().send(messages.keySet().toArray(MimeMessage[]::new));
                refused = Map.of();
            } catch (org.springframework.mail.MailSendException e) {
                refused = e.getFailedMessages().isEmpty() ? null : e.getFailedMessages();
                if (refused == null) {
                    messages.values().forEach(message -> outcomes.add(again(message, OutboxJob.reason(e))));
                }
            } catch (RuntimeException e) {
                refused = null;
                messages.values().forEach(message -> outcomes.add(again(message, OutboxJob.reason(e))));
            }
            if (refused != null) {
                for (Map.Entry<MimeMessage, CrisisMessageStore.Pending> entry : messages.entrySet()) {
                    Exception problem = refused.get(entry.getKey());
                    outcomes.add(problem != null ? again(entry.getValue(), OutboxJob.reason(problem))
                            : new CrisisMessageStore.Outcome(entry.getValue().id(), "SENT", null, null, null, null));
                    sent += problem == null ? 1 : 0;
                }
            }
        }
        store.settle(claimer, outcomes, clock.instant());
        if (sent < messages.size()) {
            LOG.warn("{} crisis e-mail(s) not sent, tried again: {}", messages.size() - sent, outcomes.stream()
                    .map(CrisisMessageStore.Outcome::reason).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(""));
        }
        return sent;
    }

    /** Another try later, the wait doubling up to {@link #LONGEST_WAIT}; after {@link #TRIED_FOR}, failed. */
    private CrisisMessageStore.Outcome again(CrisisMessageStore.Pending message, String reason) {
        Instant now = clock.instant();
        if (now.isAfter(message.createdAt().plus(TRIED_FOR))) {
            return new CrisisMessageStore.Outcome(message.id(), "FAILED", null, null, reason, null);
        }
        Duration wait = mail.properties().firstRetry().multipliedBy(1L << Math.min(message.attempts(), 16));
        return new CrisisMessageStore.Outcome(message.id(), "WAITING", null, null, reason,
                now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }

    private MimeMessage message(CrisisMessageStore.Pending pending, Recipients.Recipient to,
                                ItemMail.Rendered rendered, Optional<MailLogo.Image> image)
            throws MessagingException {
        MimeMessage message = mail.message(to, rendered, image);
        // a crisis message is urgent and goes to everyone: no unsubscribe link, and mail clients may show it first
        message.setHeader("Importance", "high");
        message.setHeader("X-Priority", "1");
        message.setHeader("X-Tavla-Crisis-Message", String.valueOf(pending.id()));
        return message;
    }
}
