package no.tavla.crisis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A crisis on paper (issue 15): the notice for the wall in very large type with a QR code, with a sign-off sheet of a
 * manager's staff in its scope who have not said they have read it; and its log as a PDF for the evaluation.
 */
@Service
public class CrisisPrints {

    private final Crises crises;
    private final CrisisStore store;
    private final CrisisPaper notices;
    private final Audiences audiences;
    private final CrisisFollowUp followUp;
    private final AccessPolicy policy;
    private final People people;
    private final Translations translations;

    CrisisPrints(Crises crises, CrisisStore store, CrisisPaper notices, Audiences audiences, CrisisFollowUp followUp,
                 AccessPolicy policy, People people, Translations translations) {
        this.crises = crises;
        this.store = store;
        this.notices = notices;
        this.audiences = audiences;
        this.followUp = followUp;
        this.policy = policy;
        this.people = people;
        this.translations = translations;
    }

    /** Whether the signed-in person gets a sign-off sheet with the notice: they follow up staff (managers). */
    public boolean withSheet() {
        return policy.mayAnywhere(people.currentActor(), Action.FOLLOW_UP_REACH);
    }

    /**
     * The notice, for whoever may see the crisis; empty for everyone else.
     *
     * @param url      the address the QR code opens
     * @param language the language of the person printing, which their staff read it in
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> notice(long crisisId, String url, Locale language) {
        // a manager may follow up staff in its scope without being in it themselves
        return crises.find(crisisId).or(() -> store.find(crisisId).filter(this::followsUpSomeoneIn)).map(crisis -> {
            Optional<CrisisUpdate> latest = store.latestUpdate(crisisId);
            List<Audiences.Member> names = List.of();
            if (crisis.lasting() && withSheet()) {
                Set<Long> followed = policy.followedUpUnits(people.currentActor());
                names = followed.isEmpty() ? List.of()
                        : followUp.notConfirmed(crisis, followUp.inScope(crisis, followed));
            }
            return notices.crisisNotice(new CrisisPaper.CrisisPrint(crisis.drill(), crisis.title(),
                    crisis.lasting() ? crisis.message() : crisis.closingMessage(), latest.map(CrisisUpdate::text)
                    .orElse(null), latest.map(CrisisUpdate::postedAt).orElse(crisis.startedAt()), url, names,
                    language));
        });
    }

    private boolean followsUpSomeoneIn(Crisis crisis) {
        if (!withSheet()) {
            return false;
        }
        Set<Long> followed = policy.followedUpUnits(people.currentActor());
        return crisis.wholeMunicipality() ? !followed.isEmpty()
                : !java.util.Collections.disjoint(audiences.withSubUnits(crisis.units()), followed);
    }

    /** The log as a PDF for the evaluation, for those who lead crises, in the language of the person printing. */
    @Transactional(readOnly = true)
    public byte[] log(long crisisId, Locale language) {
        List<CrisisLogEntry> log = crises.log(crisisId);
        Crisis crisis = crises.find(crisisId).orElseThrow();
        String title = (crisis.drill() ? t(language, "notice.crisis.drill") + ": " : "") + crisis.title();
        StringBuilder html = new StringBuilder("<section class=\"notice\"><h1>")
                .append(escape(t(language, "crisis.logpdf.heading", title))).append("</h1><p>")
                .append(escape(t(language, "crisis.logpdf.facts", TavlaTime.dateTime(crisis.startedAt(), language),
                        crisis.startedBy(), crisis.lasting() ? t(language, "crisis.logpdf.lasting")
                                : t(language, "crisis.logpdf.ended", TavlaTime.dateTime(crisis.endedAt(), language)))))
                .append(' ').append(escape(t(language, "crisis.logpdf.confirmations", crises.confirmations(crisisId))))
                .append("</p><h2>").append(escape(t(language, "crisis.log.heading"))).append("</h2>")
                .append("<table><thead><tr><th scope=\"col\" class=\"date\">").append(t(language, "crisis.logpdf.when"))
                .append("</th><th scope=\"col\">").append(t(language, "crisis.logpdf.who")).append("</th><th scope=\"col\">")
                .append(t(language, "crisis.logpdf.what")).append("</th></tr></thead><tbody>");
        for (CrisisLogEntry entry : log) {
            html.append("<tr><td>").append(escape(TavlaTime.dateTime(entry.at(), language)))
                    .append("</td><td>").append(escape(entry.person() == null ? "Tavla" : entry.person()))
                    .append("</td><td>").append(escape(t(language, "crisis.log." + entry.event(),
                            entry.counts().toArray()) + (entry.detail() == null ? "" : ": " + entry.detail())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        List<CrisisMessages.Progress> messages = crises.messages(crisisId);
        if (!messages.isEmpty()) {
            List<Long> updates = store.updates(crisisId).stream().map(CrisisUpdate::id).sorted().toList();
            html.append("<h2>").append(escape(t(language, "crisis.messages.heading"))).append("</h2><ul>");
            for (CrisisMessages.Progress part : messages) {
                html.append("<li>").append(escape(t(language, "crisis.messages.part." + part.part().name(),
                        updates.indexOf(part.updateId()) + 1) + " · " + t(language, "crisis.messages." + part.channel()) + ": "
                        + t(language, "crisis.messages.counts", part.sent(), part.total(), part.waiting(), part.failed(),
                        part.skipped()))).append("</li>");
            }
            html.append("</ul>");
        }
        List<java.util.Map.Entry<java.time.Instant, Integer>> overTime = crises.confirmationsOverTime(crisisId);
        if (!overTime.isEmpty()) {
            html.append("<h2>").append(escape(t(language, "crisis.logpdf.confirmed-over-time")))
                    .append("</h2><table><thead><tr><th scope=\"col\">").append(t(language, "crisis.logpdf.hour"))
                    .append("</th><th scope=\"col\">").append(t(language, "crisis.logpdf.count")).append("</th></tr></thead>")
                    .append("<tbody>");
            overTime.forEach(hour -> html.append("<tr><td>").append(escape(TavlaTime.dateTime(hour.getKey(),
                    language))).append("</td><td>").append(hour.getValue()).append("</td></tr>"));
            html.append("</tbody></table>");
        }
        html.append("</section>");
        return notices.document(t(language, "crisis.logpdf.title") + ": " + title, html.toString(), language);
    }

    private String t(Locale language, String key, Object... arguments) {
        return translations.text(key, language, arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
