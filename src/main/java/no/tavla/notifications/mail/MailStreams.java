package no.tavla.notifications.mail;

import jakarta.mail.util.StreamProvider;

/**
 * Names Jakarta Mail's stream provider once, so that it is not searched for again and again. Jakarta Mail 2.1 asks
 * {@link java.util.ServiceLoader} for it on every body part, multipart, header block and encoded word it makes
 * (jakartaee/mail-api#699, #861), a search through every jar on the class path: about 40 % of the CPU time of sending
 * a digest (docs/BENCHMARKS.md, "The digest"). With the provider named in its system property, the search is a class
 * look-up. A value the operator set is kept.
 */
public final class MailStreams {

    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Sets {@code jakarta.mail.util.StreamProvider} to Angus Mail's provider, unless it is set already. */
    public static void named() {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), ANGUS);
        }
    }
}
