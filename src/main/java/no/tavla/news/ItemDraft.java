package no.tavla.news;

import java.time.Instant;

import no.tavla.shared.Language;

/**
 * What the writer fills in. Drafts are saved as they are typed, so only lengths are checked on saving; the rest when
 * the item is published or submitted.
 *
 * @param unitId          the owning unit
 * @param contactPersonId whom readers may ask, or null
 * @param pinnedUntil     for an important item: pinned at the top of the feed until then
 * @param releaseAt       when readers get it; null for as soon as it is published or approved
 * @param expiresAt       when it leaves the feed for the archive; null for never
 * @param externalReleaseAt when the public part goes out on the website; null for internal only. Never before the
 *                          internal release plus the lead time, and always approved by communications
 * @param confirmBy       for a must-read item: by when readers are to confirm it; null for no deadline (reminders
 *                        before it, and the managers told who is missing at it)
 * @param language        the language the text is written in (the writing hints' word list, the {@code lang} its
 *                        text is marked with); Bokmål when not said
 */
public record ItemDraft(String title, String lead, String body, long unitId, Long contactPersonId, ItemKind kind,
                        Instant pinnedUntil, boolean commentsEnabled, Audience audience, Instant releaseAt,
                        Instant expiresAt, Instant externalReleaseAt, Instant confirmBy, Language language) {

    /**
     * A draft without a deadline to confirm by. (A factory, not a second constructor: Vaadin's {@code Binder} makes a
     * record with whichever constructor comes first.)
     */
    public static ItemDraft of(String title, String lead, String body, long unitId, Long contactPersonId,
                               ItemKind kind, Instant pinnedUntil, boolean commentsEnabled, Audience audience,
                               Instant releaseAt, Instant expiresAt, Instant externalReleaseAt) {
        return new ItemDraft(title, lead, body, unitId, contactPersonId, kind, pinnedUntil, commentsEnabled, audience,
                releaseAt, expiresAt, externalReleaseAt, null, Language.DEFAULT);
    }

    /** Whether it is also meant for the public. */
    public boolean externalRelease() {
        return externalReleaseAt != null;
    }

    public ItemDraft {
        title = title == null ? "" : title.strip();
        lead = lead == null ? "" : lead.strip();
        body = body == null ? "" : body;
        kind = kind == null ? ItemKind.NORMAL : kind;
        audience = audience == null ? new Audience(false, null, null) : audience;
        confirmBy = kind == ItemKind.MUST_READ ? confirmBy : null;
        language = language == null ? Language.DEFAULT : language;
    }
}
