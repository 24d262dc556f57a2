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
    private final People people;
    private final UnsubscribeLinks links;
    private final Clock clock;

    NotificationPreferences(PreferenceStore store, People people, UnsubscribeLinks links, Clock clock) {
        this.store = store;
        this.people = people;
        this.links = links;
        this.clock = clock;
    }

    /** Whether the signed-in person gets important and must-read items by e-mail at once. */
    public boolean emailAtOnceForMe() {
        return store.emailAtOnce(me());
    }

    public void setEmailAtOnceForMe(boolean atOnce) {
        long me = me();
        store.setEmailAtOnce(me, atOnce, clock.instant(), "person:" + me);
    }

    /**
     * Turns e-mail at once off for the person the link was made for, without anyone signed in.
     *
     * @return whether the link was valid (nothing changes when it was not)
     */
    public boolean unsubscribe(String token) {
        var person = links.personOf(token);
        if (person.isEmpty() || !people.isActive(person.getAsLong())) {
            return false;
        }
        store.setEmailAtOnce(person.getAsLong(), false, clock.instant(), "unsubscribe-link");
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
