package no.tavla.crisis;

import java.time.Instant;
import java.util.List;

import no.tavla.organisation.Audiences;

/**
 * A crisis on paper in the notices' form (fonts, masthead, PDF/UA, page numbers): the crisis module asks, reach's
 * notices answer, so that crisis needs nothing of reach and reach may ask crisis what its screens show.
 */
public interface CrisisPaper {

    /**
     * @param latest       the latest update's text; null for none
     * @param at           when the latest word was said
     * @param url          the address the QR code opens
     * @param notConfirmed the manager's staff in scope who have not confirmed, for the sign-off sheet after the
     *                     notice; empty for none
     * @param language     the language it is printed in: the person printing's
     */
    record CrisisPrint(boolean drill, String title, String message, String latest, Instant at, String url,
                       List<Audiences.Member> notConfirmed, java.util.Locale language) {
    }

    /** A crisis notice as PDF, and its sign-off sheet when there are names for it. */
    byte[] crisisNotice(CrisisPrint print);

    /** A document in a language, from HTML whose text the caller has escaped (HtmlUtils.htmlEscape). */
    byte[] document(String title, String bodyHtml, java.util.Locale language);
}
