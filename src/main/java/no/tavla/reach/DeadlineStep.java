package no.tavla.reach;

import java.time.Instant;

/**
 * One thing a must-read item's deadline set off: a reminder (its time before the deadline, e.g. {@code PT72H}) or, at
 * the deadline, the managers told who is missing ({@link Deadlines#MISSING}).
 *
 * @param people how many were reminded, or how many managers were told
 */
public record DeadlineStep(String step, Instant doneAt, int people) {

    public boolean managersTold() {
        return Deadlines.MISSING.equals(step);
    }
}
