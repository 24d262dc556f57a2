package no.tavla.notifications;

import java.time.Clock;

import no.tavla.notifications.internal.PreferenceStore;
import no.tavla.organisation.People;
import no.tavla.shared.Refusal;
import org.springframework.stereotype.Service;

/** How a person wants to be told: set on their profile page, or switched off from the link in an e-mail. */
@Service
public class NotificationPreferences {

    private final PreferenceStore store;
    private final no.tavla.notifications.internal.OutboxStore outbox;
    private final People people;
    private final no.tavla.organisation.Recipients recipients;
    private final UnsubscribeLinks links;
    private final Clock clock;

    NotificationPreferences(PreferenceStore store, no.tavla.notifications.internal.OutboxStore outbox, People people,
                            no.tavla.organisation.Recipients recipients, UnsubscribeLinks links, Clock clock) {
        this.recipients = recipients;
        this.store = store;
        this.outbox = outbox;
        this.people = people;
        this.links = links;
        this.clock = clock;
    }

    /** The signed-in person's choices. */
    public Choices mine() {
        return store.of(me());
    }

    /**
     * Saves the signed-in person's choices; what waits for their digest moves to its new time (or is dropped with no
     * digest). Quiet hours need both ends (null and null: none), and different ones; the own number for SMS (empty:
     * HR's) must be a mobile number.
     */
    public void saveMine(boolean emailAtOnce, Digest digest, java.time.LocalTime quietFrom,
                         java.time.LocalTime quietTo, boolean sms, String smsNumber) {
        long me = me();
        String number = null;
        if (smsNumber != null && !smsNumber.isBlank()) {
            number = no.tavla.shared.MobileNumbers.normalised(smsNumber)
                    .orElseThrow(() -> new Refusal("notifications.sms-number.invalid"));
        }
        Choices choices = new Choices(emailAtOnce, digest == null ? Digest.DAILY : digest, quiet(quietFrom, quietTo),
                sms, number);
        java.time.Instant now = clock.instant();
        store.save(me, choices, now, "person:" + me);
        outbox.rescheduleDigest(me, Timing.nextDigest(now, choices.digest(), choices.quiet()), now);
    }

    /** Quiet hours as typed: both ends or neither, and not the same. */
    static Timing.Quiet quiet(java.time.LocalTime from, java.time.LocalTime to) {
        if ((from == null) != (to == null)) {
            throw new Refusal("notifications.quiet.both");
        }
        if (from != null && from.equals(to)) {
            throw new Refusal("notifications.quiet.same");
        }
        return from == null ? Timing.Quiet.NONE : new Timing.Quiet(from, to);
    }

    /** The mobile number HR gives for the signed-in person, if any. */
    public java.util.Optional<String> hrMobileOfMe() {
        long me = me();
        return java.util.Optional.ofNullable(recipients.contacts(java.util.List.of(me)).get(me))
                .map(no.tavla.organisation.Recipients.Recipient::mobile);
    }

    /**
     * Turns e-mail off (at once and the digest) for the person the link was made for, without anyone signed in.
     *
     * @return whether the link was valid (nothing changes when it was not)
     */
    public boolean unsubscribe(String token) {
        var person = links.personOf(token);
        if (person.isEmpty() || !people.isActive(person.getAsLong())) {
            return false;
        }
        Choices now = store.of(person.getAsLong());
        store.save(person.getAsLong(), new Choices(false, Digest.NONE, now.quiet(), now.sms(), now.smsNumber()),
                clock.instant(), "unsubscribe-link");
        outbox.rescheduleDigest(person.getAsLong(), null, clock.instant());
        return true;
    }

    /** Whether the link is one Tavla signed for someone who works here. */
    public boolean isValidLink(String token) {
        var person = links.personOf(token);
        return person.isPresent() && people.isActive(person.getAsLong());
    }

    private long me() {
        return people.currentActor().personId().orElseThrow(() -> new Refusal("notifications.no-person"));
    }
}
