package no.tavla.crisis;

import java.util.Set;

/**
 * How a crisis would reach the people in its scope, before it is switched on: a question the crisis module asks and
 * the notifications module answers (it knows the numbers and whether mail and SMS are set up). A crisis ignores quiet
 * hours and opt-outs, so only what a person can be reached by counts.
 */
public interface CrisisForecast {

    /**
     * @param people everyone in the scope
     * @param banner have a work PC: the banner on every page, at once
     * @param sms    have a mobile number (SMS set up)
     * @param email  have a work e-mail address (e-mail set up)
     * @param none   none of these: print for them
     */
    record Channels(int people, int banner, int sms, int email, int none) {
    }

    /** @param units the scope's units, already with everything below them (ignored for the whole municipality) */
    Channels forecast(boolean wholeMunicipality, Set<Long> units);
}
