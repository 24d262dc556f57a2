package no.tavla.crisis;

import java.time.Instant;
import java.util.List;

/**
 * One action on a crisis, for its log: when, who (null: Tavla itself), what ({@code SWITCHED_ON}, {@code REACH},
 * {@code HELD}, {@code MESSAGES}, {@code UPDATE} with {@code _SMS}/{@code _EMAIL}/{@code _SMS_EMAIL}, {@code
 * PUBLIC_ITEM}, {@code SWITCHED_OFF} with the same endings), the words it was done with (a title, an update, a closing
 * message), and what it counted, so that the log is shown in the reader's language: {@code REACH} the people, then
 * those reached by banner, SMS and e-mail, and those with no channel; {@code HELD} the planned items held back;
 * {@code MESSAGES} the SMS and e-mails written; {@code PUBLIC_ITEM} the seconds internal went first, and the item.
 */
public record CrisisLogEntry(Instant at, String person, String event, String detail, List<Integer> counts) {

    public CrisisLogEntry {
        counts = List.copyOf(counts);
    }
}
