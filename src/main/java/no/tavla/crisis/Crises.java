package no.tavla.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.tavla.crisis.internal.CrisisStore;
import no.tavla.organisation.AccessPolicy;
import no.tavla.organisation.Action;
import no.tavla.organisation.Actor;
import no.tavla.organisation.Audiences;
import no.tavla.organisation.People;
import no.tavla.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crisis mode (decision 0020): switching it on for a scope, its updates, switching it off, who has read it, and its
 * log. Only the crisis staff and communications lead a crisis ({@link Action#LEAD_CRISIS}); everyone in its scope sees
 * it. At most one crisis and one drill at a time.
 */
@Service
public class Crises {

    static final int TITLE = 120;
    static final int MESSAGE = 2000;
    static final int UPDATE = 1000;

    private final CrisisStore store;
    private final AccessPolicy policy;
    private final People people;
    private final Audiences audiences;
    private final CrisisForecast forecast;
    private final CrisisMessages messages;
    private final no.tavla.news.writing.HeldReleases held;
    private final no.tavla.shared.CurrentActor current;
    private final no.tavla.news.writing.CrisisItems crisisItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Crises(CrisisStore store, AccessPolicy policy, People people, Audiences audiences, CrisisForecast forecast,
           CrisisMessages messages, no.tavla.news.writing.HeldReleases held, ApplicationEventPublisher events,
           no.tavla.shared.CurrentActor current, no.tavla.news.writing.CrisisItems crisisItems, Clock clock) {
        this.current = current;
        this.crisisItems = crisisItems;
        this.messages = messages;
        this.held = held;
        this.store = store;
        this.policy = policy;
        this.people = people;
        this.audiences = audiences;
        this.forecast = forecast;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in person may lead a crisis (switch it on or off, post updates, read the log). */
    public boolean mayLead() {
        return policy.mayAnywhere(people.currentActor(), Action.LEAD_CRISIS);
    }

    /** What switching on would do: how many people are in the scope and how each channel reaches them. */
    public CrisisForecast.Channels forecast(CrisisDraft draft) {
        checked(draft);
        return forecast.forecast(draft.wholeMunicipality(), audiences.withSubUnits(draft.units()));
    }

    /**
     * Switches it on, at once: from now it is in force for its scope.
     *
     * @throws Refusal when the draft breaks a rule, or one of its kind lasts already (nothing is written)
     */
    @Transactional
    public Crisis switchOn(CrisisDraft draft) {
        long personId = checked(draft);
        CrisisForecast.Channels reach = forecast.forecast(draft.wholeMunicipality(),
                audiences.withSubUnits(draft.units()));
        Instant now = clock.instant();
        long id;
        try {
            id = store.switchOn(draft, now, personId);
        } catch (DuplicateKeyException lasting) {
            throw new Refusal(draft.drill() ? "crisis.drill.already-on" : "crisis.already-on");
        }
        store.log(id, now, personId, "SWITCHED_ON", draft.title());
        store.log(id, now, null, "REACH", List.of(reach.people(), reach.banner(), reach.sms(), reach.email(),
                reach.none()).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        Crisis crisis = store.find(id).orElseThrow();
        if (!crisis.drill()) {
            // nothing planned goes out while it lasts; a drill never holds anyone's releases
            store.log(id, now, null, "HELD", String.valueOf(held.holdPlanned(crisis.title())));
        }
        queue(crisis, CrisisMessages.Part.ON, 0, true, true, now);
        events.publishEvent(new CrisisChanged(id, draft.drill(), CrisisChanged.Change.SWITCHED_ON));
        return crisis;
    }

    /** Writes a part's SMS and e-mails, in the transaction of what it tells, and logs how many. */
    private void queue(Crisis crisis, CrisisMessages.Part part, long updateId, boolean bySms, boolean byEmail,
                       Instant now) {
        if (!bySms && !byEmail) {
            return;
        }
        CrisisMessages.Queued queued = messages.queue(crisis, part, updateId, bySms, byEmail);
        store.log(crisis.id(), now, null, "MESSAGES", queued.sms() + "," + queued.email());
    }

    /**
     * The crisis, for the jobs that send its messages and show it on staff-room screens: nobody is signed in there,
     * so no page may use this.
     */
    public Optional<Crisis> forChannels(long crisisId) {
        return store.find(crisisId);
    }

    /** One of its updates, for the jobs that send it (see {@link #forChannels}). */
    public Optional<CrisisUpdate> updateForChannels(long crisisId, long updateId) {
        return store.update(crisisId, updateId);
    }

    /** How its SMS and e-mails have gone, for those who lead crises. */
    public List<CrisisMessages.Progress> messages(long crisisId) {
        requireLead();
        return messages.progress(crisisId);
    }

    /**
     * A crisis period on the editorial calendar: when, and what (only for those who lead crises or whose units it is
     * for; everyone else who plans sees that a crisis was in force).
     *
     * @param title  null when the reader is not told what it is
     * @param endedAt null while it lasts
     */
    public record Period(String title, Instant startedAt, Instant endedAt) {
    }

    /** The crises (not drills) in force at some time in {@code [from, until)}, for the editorial calendar. */
    public List<Period> periods(Instant from, Instant until) {
        boolean lead = mayLead();
        return store.during(from, until).stream().map(crisis -> new Period(lead || holdsMe(crisis) ? crisis.title()
                : null, crisis.startedAt(), crisis.endedAt())).toList();
    }

    /** The crisis and the drill in force now (at most one of each), for those who lead them. */
    public List<Crisis> lasting() {
        requireLead();
        return store.lasting();
    }

    /**
     * What is in force for the signed-in person: the crisis whose scope holds them, else the drill whose exercise group
     * does; empty when neither does (or nobody is signed in).
     */
    public Optional<Crisis> forMe() {
        List<Crisis> lasting = store.lasting();
        return lasting.isEmpty() ? Optional.empty() : myUnits().flatMap(units -> holding(lasting, units));
    }

    /** The signed-in person's units with every unit above them; empty for nobody signed in. */
    private Optional<Set<Long>> myUnits() {
        return people.currentActor().personId().map(id -> audiences.withAncestors(audiences.unitsOf(id)));
    }

    /** Whether the crisis's scope holds the signed-in person. */
    private boolean holdsMe(Crisis crisis) {
        return myUnits().flatMap(units -> holding(List.of(crisis), units)).isPresent();
    }

    /** The banner's word for the signed-in person: the crisis in force for them and its latest update. */
    public Optional<CrisisNotice> noticeForMe() {
        return forMe().map(crisis -> new CrisisNotice(crisis, store.latestUpdate(crisis.id()).orElse(null)));
    }

    /**
     * Which of the crises in force holds someone who belongs to these units (with every unit above them): the crisis
     * before the drill.
     */
    static Optional<Crisis> holding(List<Crisis> lasting, Set<Long> unitsAndAbove) {
        return lasting.stream().filter(crisis -> crisis.wholeMunicipality()
                || crisis.units().stream().anyMatch(unitsAndAbove::contains)).findFirst();
    }

    /**
     * The crisis (in force or ended, so that its closing message reaches them too), for those in its scope and those
     * who lead crises.
     */
    public Optional<Crisis> find(long crisisId) {
        return store.find(crisisId).filter(crisis -> mayLead() || holdsMe(crisis));
    }

    /** Whether the signed-in person may say they have read it: it lasts, and its scope holds them. */
    public boolean mayConfirm(long crisisId) {
        return store.find(crisisId).filter(Crisis::lasting).filter(this::holdsMe).isPresent();
    }

    /** Its updates, newest first, for whoever may see it. */
    public List<CrisisUpdate> updates(long crisisId) {
        return find(crisisId).map(crisis -> store.updates(crisisId)).orElse(List.of());
    }

    /** Posts a short update on a crisis that lasts; {@code bySms}, {@code byEmail}: on those channels too. */
    @Transactional
    public void post(long crisisId, String text, boolean bySms, boolean byEmail) {
        long personId = requireLead();
        String update = text == null ? "" : text.strip();
        if (update.isEmpty()) {
            throw new Refusal("crisis.update.required");
        }
        if (update.length() > UPDATE) {
            throw new Refusal("crisis.update.too-long", UPDATE);
        }
        Crisis crisis = lastingOrRefused(crisisId);
        Instant now = clock.instant();
        long updateId = store.post(crisisId, update, bySms, byEmail, now, personId);
        store.log(crisisId, now, personId, "UPDATE" + (bySms ? "_SMS" : "") + (byEmail ? "_EMAIL" : ""), update);
        queue(crisis, CrisisMessages.Part.UPDATE, updateId, bySms, byEmail, now);
        events.publishEvent(new CrisisChanged(crisisId, crisis.drill(), CrisisChanged.Change.UPDATED));
    }

    /** Whether the signed-in person may publish public information for a crisis (communications). */
    public boolean mayPublishPublicly() {
        return mayLead() && crisisItems.mayPublish();
    }

    /**
     * Public information, at once: an item to everyone, internal first by seconds, then on the public channel, marked
     * as crisis information; the order is in the crisis log. Never for a drill (the public would get it).
     *
     * @return the item
     */
    @Transactional
    public no.tavla.news.writing.CrisisItems.Published publishPublicly(long crisisId, String title, String lead,
                                                                     String body) {
        long personId = requireLead();
        Crisis crisis = lastingOrRefused(crisisId);
        if (crisis.drill()) {
            throw new Refusal("crisis.public.not-in-drill");
        }
        no.tavla.news.writing.CrisisItems.Published published = crisisItems.publish(crisisId, crisis.title(), title,
                lead, body);
        store.log(crisisId, clock.instant(), personId, "PUBLIC_ITEM", String.valueOf(
                no.tavla.news.writing.CrisisItems.INTERNAL_FIRST_BY.toSeconds()) + "," + published.itemId());
        return published;
    }

    /** The items published publicly for the crisis, oldest first, for those who lead it. */
    public List<Long> publicItems(long crisisId) {
        requireLead();
        return crisisItems.of(crisisId);
    }

    /** Switches it off with a closing message, on the banner's channels only. */
    public void switchOff(long crisisId, String closingMessage) {
        switchOff(crisisId, closingMessage, false, false);
    }

    /**
     * Switches it off with a closing message; the banner goes, the log remains. {@code bySms}, {@code byEmail}: the
     * closing message goes on those channels too. Its other messages still waiting are not sent any more.
     */
    @Transactional
    public void switchOff(long crisisId, String closingMessage, boolean bySms, boolean byEmail) {
        long personId = requireLead();
        String closing = closingMessage == null ? "" : closingMessage.strip();
        if (closing.isEmpty()) {
            throw new Refusal("crisis.closing.required");
        }
        if (closing.length() > MESSAGE) {
            throw new Refusal("crisis.closing.too-long", MESSAGE);
        }
        Crisis crisis = lastingOrRefused(crisisId);
        Instant now = clock.instant();
        if (!store.switchOff(crisisId, now, personId, closing)) {
            throw new Refusal("crisis.ended");
        }
        store.log(crisisId, now, personId, "SWITCHED_OFF" + (bySms ? "_SMS" : "") + (byEmail ? "_EMAIL" : ""),
                closing);
        queue(store.find(crisisId).orElseThrow(), CrisisMessages.Part.OFF, 0, bySms, byEmail, now);
        events.publishEvent(new CrisisChanged(crisisId, crisis.drill(), CrisisChanged.Change.SWITCHED_OFF));
    }

    /** The signed-in person has read the crisis in force for them ("Jeg har lest"); once is enough. */
    public boolean confirm(long crisisId) {
        long personId = people.currentActor().personId().orElseThrow(() ->
                new AccessDeniedException("Not signed in"));
        Crisis crisis = store.find(crisisId).filter(this::holdsMe).orElseThrow(() ->
                new Refusal("crisis.not-for-you"));
        if (!crisis.lasting()) {
            throw new Refusal("crisis.ended");
        }
        return store.confirm(crisisId, personId, clock.instant());
    }

    /** Whether the signed-in person has confirmed it. */
    public boolean confirmedByMe(long crisisId) {
        return people.currentActor().personId().map(personId -> store.confirmed(crisisId, personId)).orElse(false);
    }

    /** How many have confirmed it, for those who lead it. */
    public int confirmations(long crisisId) {
        requireLead();
        return store.confirmations(crisisId);
    }

    /** How many had confirmed by the end of each hour with confirmations, for those who lead crises. */
    public List<java.util.Map.Entry<Instant, Integer>> confirmationsOverTime(long crisisId) {
        requireLead();
        return store.confirmationsByHour(crisisId);
    }

    /** Its log, oldest first, for those who lead crises (the evaluation afterwards). */
    public List<CrisisLogEntry> log(long crisisId) {
        requireLead();
        return store.log(crisisId);
    }

    /** The crises and drills there have been, newest first, for those who lead crises. */
    public List<Crisis> history() {
        requireLead();
        return store.all(100);
    }

    /** The emergency plan and whom to call, for everyone signed in (every crisis page shows them). */
    public Preparedness preparedness() {
        if (people.currentActor().personId().isEmpty()) {
            throw new AccessDeniedException("Not signed in");
        }
        return store.preparedness();
    }

    static final int MAX_CONTACTS = 30;

    /**
     * Sets the emergency plan and whom to call, for those who lead crises.
     *
     * @param planUrl      an https address or a path on Tavla; blank for none
     * @param contactLines one contact per line: "name; what they are; number" (or "name; number")
     * @throws Refusal naming the line that breaks a rule (nothing is saved)
     */
    @Transactional
    public void savePreparedness(String planName, String planUrl, String contactLines) {
        requireLead();
        String name = planName == null ? "" : planName.strip();
        String url = planUrl == null ? "" : planUrl.strip();
        if (name.length() > TITLE) {
            throw new Refusal("crisis.plan.name.too-long", TITLE);
        }
        if (!url.isEmpty() && (url.length() > 500 || !(url.matches("https://[^\\s<>\"]+")
                || url.matches("/[A-Za-z0-9/_.~%-]*")))) {
            throw new Refusal("crisis.plan.url.invalid");
        }
        if (url.isEmpty() && !name.isEmpty()) {
            throw new Refusal("crisis.plan.url.required");
        }
        List<Preparedness.Contact> contacts = new java.util.ArrayList<>();
        String[] lines = contactLines == null ? new String[0] : contactLines.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            contacts.add(contact(lines[i], i + 1));
        }
        if (contacts.size() > MAX_CONTACTS) {
            throw new Refusal("crisis.contacts.too-many", MAX_CONTACTS);
        }
        store.savePreparedness(new Preparedness(name.isEmpty() ? null : name, url.isEmpty() ? null : url, contacts),
                clock.instant(), current.nameOrSystem());
    }

    /** One line of whom to call: "name; what they are; number" or "name; number". */
    static Preparedness.Contact contact(String line, int number) {
        String[] parts = line.split(";", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new Refusal("crisis.contacts.line", number);
        }
        String name = parts[0].strip();
        String role = parts.length == 3 ? parts[1].strip() : "";
        String phone = parts[parts.length - 1].strip().replaceAll("[\\s-]+", " ");
        if (name.isEmpty() || name.length() > TITLE || role.length() > TITLE
                || !phone.matches("\\+?[0-9][0-9 ]{1,18}") || phone.replace(" ", "").length() > 15) {
            throw new Refusal("crisis.contacts.line", number);
        }
        return new Preparedness.Contact(name, role.isEmpty() ? null : role, phone);
    }

    private Crisis lastingOrRefused(long crisisId) {
        return store.find(crisisId).filter(Crisis::lasting).orElseThrow(() -> new Refusal("crisis.ended"));
    }

    /** The draft's rules, and who may switch it on for its scope; the person's id. */
    private long checked(CrisisDraft draft) {
        long personId = requireLead();
        if (draft.title().isEmpty()) {
            throw new Refusal("crisis.title.required");
        }
        if (draft.title().length() > TITLE) {
            throw new Refusal("crisis.title.too-long", TITLE);
        }
        if (draft.message().isEmpty()) {
            throw new Refusal("crisis.message.required");
        }
        if (draft.message().length() > MESSAGE) {
            throw new Refusal("crisis.message.too-long", MESSAGE);
        }
        if (draft.drill() && draft.wholeMunicipality()) {
            throw new Refusal("crisis.drill.needs-group");
        }
        if (!draft.wholeMunicipality()) {
            if (draft.units().isEmpty()) {
                throw new Refusal("crisis.scope.required");
            }
            Actor actor = people.currentActor();
            if (draft.units().stream().anyMatch(unit -> !policy.may(actor, Action.LEAD_CRISIS, unit))) {
                throw new Refusal("crisis.scope.unit-not-active");
            }
        }
        return personId;
    }

    private long requireLead() {
        Actor actor = people.currentActor();
        if (!policy.mayAnywhere(actor, Action.LEAD_CRISIS)) {
            throw new AccessDeniedException("Not allowed: " + Action.LEAD_CRISIS);
        }
        return actor.personId().orElseThrow(() -> new AccessDeniedException("Not a person"));
    }
}
