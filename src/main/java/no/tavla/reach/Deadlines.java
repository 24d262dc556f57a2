package no.tavla.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.tavla.news.Item;
import no.tavla.news.reading.FollowUp;
import no.tavla.notifications.Reminders;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.Recipients;
import no.tavla.reach.internal.ConfirmationStore;
import no.tavla.reach.internal.DeadlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows must-read deadlines up. Before a deadline (TAVLA_REACH_REMINDERS, by default 3 days and 1 day before), those
 * in the audience who have not confirmed, on screen, on paper or in a meeting, are reminded; when it has passed, each
 * manager is told which of their own staff are still missing (names only to their own managers, as on the reach
 * page). Each step is done once per deadline, on one instance: its row is claimed with what it sends, in one
 * transaction. A step whose time came before the item was released is left out (the release told them), and one that
 * is more than a day late is not done at all (a Tavla that was down for a week does not send last week's reminders;
 * decision 0019).
 */
@Component
public class Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);
    /** How late a step may still be done. */
    static final Duration LATE = Duration.ofDays(1);
    /** The step at the deadline: the managers told who is missing (the others are named by their time before it). */
    public static final String MISSING = "MISSING";

    private final FollowUp followUp;
    private final ConfirmationStore confirmations;
    private final DeadlineStore steps;
    private final Recipients recipients;
    private final Reminders reminders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Duration> before;

    Deadlines(FollowUp followUp, ConfirmationStore confirmations, DeadlineStore steps, Recipients recipients,
              Reminders reminders, org.springframework.transaction.PlatformTransactionManager transactionManager,
              Clock clock, @Value("${tavla.reach.reminders:P3D,P1D}") List<Duration> before) {
        if (before.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("tavla.reach.reminders must be times before the deadline, e.g. P3D,P1D");
        }
        this.followUp = followUp;
        this.confirmations = confirmations;
        this.steps = steps;
        this.recipients = recipients;
        this.reminders = reminders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.before = List.copyOf(new java.util.TreeSet<>(before));
    }

    /** Every few minutes, on one instance at a time. */
    @Scheduled(fixedDelayString = "${tavla.reach.deadline-check:PT5M}",
            initialDelayString = "${tavla.reach.deadline-first-check:PT1M}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "reach-deadlines", lockAtMostFor = "PT10M")
    public void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Must-read deadlines could not be followed up now, trying again later: {}", e.toString());
        }
    }

    /** @return how many steps were done */
    public int runOnce() {
        Instant now = clock.instant();
        int done = 0;
        for (Duration reminder : before) {
            // deadlines whose reminder time came within the last day
            for (Item item : followUp.deadlinesBetween(now.plus(reminder).minus(LATE), now.plus(reminder), now)) {
                if (!item.confirmBy().minus(reminder).isBefore(item.releaseAt())) {
                    done += step(item, reminder.toString(), now) ? 1 : 0;
                }
            }
        }
        for (Item item : followUp.deadlinesBetween(now.minus(LATE), now, now)) {
            done += step(item, MISSING, now) ? 1 : 0;
        }
        return done;
    }

    /** Claims the step and, only then, reads who is missing: a step done already costs one statement. */
    private boolean step(Item item, String step, Instant now) {
        Boolean claimed = transactions.execute(status -> {
            if (!steps.claim(item.id(), item.confirmBy(), step, now)) {
                return false;
            }
            List<Audiences.Member> missing = missing(item);
            if (step.equals(MISSING)) {
                Map<Long, List<String>> byManager = byManager(missing);
                reminders.deadlinePassed(item.id(), byManager);
                steps.told(item.id(), item.confirmBy(), step, byManager.size());
            } else {
                reminders.remind(item.id(), missing.stream().map(Audiences.Member::personId).toList());
                steps.told(item.id(), item.confirmBy(), step, missing.size());
            }
            return true;
        });
        return Boolean.TRUE.equals(claimed);
    }

    /** Who has not confirmed this round: not on screen, not on paper, not in a meeting. */
    private List<Audiences.Member> missing(Item item) {
        Map<Long, ConfirmationStore.Offline> offline = confirmations.offline(item.id(), item.confirmRound());
        return followUp.readersForDeadline(item).stream()
                .filter(reader -> !reader.confirmed() && !offline.containsKey(reader.member().personId()))
                .map(FollowUp.Reader::member)
                .toList();
    }

    /** The missing staff by each of their managers, names sorted. */
    private Map<Long, List<String>> byManager(List<Audiences.Member> missing) {
        Map<Long, Set<Long>> managers = recipients.managersOf(missing.stream().map(Audiences.Member::unitId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, List<String>> names = new TreeMap<>();
        for (Audiences.Member person : missing) {
            if (person.unitId() == null) {
                continue;
            }
            for (long manager : managers.getOrDefault(person.unitId(), Set.of())) {
                if (manager != person.personId()) {
                    names.computeIfAbsent(manager, m -> new ArrayList<>()).add(person.name());
                }
            }
        }
        Map<Long, List<String>> sorted = new LinkedHashMap<>();
        names.forEach((manager, list) -> sorted.put(manager, list.stream()
                .sorted(Comparator.comparing(String::toLowerCase)).toList()));
        return sorted;
    }
}
