package no.tavla.crisis;

import java.util.List;

/**
 * The crisis's messages by SMS and e-mail to everyone in its scope: a question the crisis module asks and the
 * notifications module answers (it has the numbers, the addresses, the gateway and the mail server). A crisis ignores
 * quiet hours and opt-outs: the preferences page says so. Written in the transaction that switches on, posts or
 * switches off, and sent at once by a job of their own, before anything else waiting.
 */
public interface CrisisMessages {

    /** Which of the crisis's words a message carries. */
    enum Part {
        /** The title and message it was switched on with. */
        ON,
        /** An update whose poster ticked SMS or e-mail. */
        UPDATE,
        /** The closing message. */
        OFF
    }

    /** How many messages were written, per channel. */
    record Queued(int sms, int email) {
    }

    /**
     * How one part's messages on one channel have gone so far.
     *
     * @param updateId    the update's id, 0 for {@link Part#ON} and {@link Part#OFF}
     * @param channel     {@code SMS} or {@code EMAIL}
     * @param lastProblem why the last one not sent was not, in the words of the gateway or mail server; null for none
     */
    record Progress(Part part, long updateId, String channel, int waiting, int sent, int failed, int skipped,
                    String lastProblem) {

        public int total() {
            return waiting + sent + failed + skipped;
        }
    }

    /**
     * Writes the part's message for everyone in the crisis's scope who can be reached on the channels asked for, once
     * each (asked again, nothing more is written).
     */
    Queued queue(Crisis crisis, Part part, long updateId, boolean bySms, boolean byEmail);

    /** How the crisis's messages have gone, part by part in the order they were written. */
    List<Progress> progress(long crisisId);
}
