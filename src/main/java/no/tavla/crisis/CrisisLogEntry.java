package no.tavla.crisis;

import java.time.Instant;
import java.util.List;

/**
 * One action on a crisis, for its log: when, who (null: Tavla itself), what ({@code SWITCHED_ON}, {@code REACH},
 * {@code UPDATE}, {@code UPDATE_SMS}, {@code UPDATE_EMAIL}, {@code UPDATE_SMS_EMAIL}, {@code SWITCHED_OFF}), the words
 * it was done with (a title, an update, a closing message), and what it counted ({@code REACH}: the people, then those
 * reached by banner, SMS and e-mail, and those with no channel), so that the log is shown in the reader's language.
 */
public record CrisisLogEntry(Instant at, String person, String event, String detail, List<Integer> counts) {

    public CrisisLogEntry {
        counts = List.copyOf(counts);
    }
}
