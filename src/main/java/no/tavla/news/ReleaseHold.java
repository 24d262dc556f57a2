package no.tavla.news;

import java.util.Optional;

/**
 * Whether planned releases are held now: a question the news module asks and the crisis module answers (decision
 * 0021). While a crisis (not a drill) lasts, nothing planned goes out unless communications releases it by hand.
 */
public interface ReleaseHold {

    /** The title of the crisis that holds planned releases now; empty when none does. */
    Optional<String> holding();
}
