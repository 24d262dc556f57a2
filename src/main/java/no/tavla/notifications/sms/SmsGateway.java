package no.tavla.notifications.sms;

import no.tavla.notifications.FailureReason;

/**
 * Where SMS go: one small adapter per gateway, chosen by configuration. Tavla ships one for LINK Mobility's REST API
 * ({@link LinkMobilityGateway}); another gateway is another implementation of this one method.
 */
public interface SmsGateway {

    /**
     * What the gateway took.
     *
     * @param reference the gateway's id for the message (for its delivery reports and the municipality's invoice)
     * @param costUnits how many SMS the gateway bills for it (a long text is several)
     */
    record Sent(String reference, int costUnits) {
    }

    /** A message the gateway did not take: {@code permanent} when trying again would not help (a wrong number). */
    final class Refused extends Exception {

        private final boolean permanent;

        /** Why, as kept on the notification's row ({@link FailureReason}), with the gateway's own words. */
        public Refused(FailureReason reason, String detail, boolean permanent) {
            super(reason.with(detail));
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    /**
     * Sends one SMS.
     *
     * @param to        the number in E.164 ({@code +4791234567})
     * @param reference Tavla's own id for it, which the gateway keeps beside its own
     */
    Sent send(String to, String text, String reference) throws Refused;
}
