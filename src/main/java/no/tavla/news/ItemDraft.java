package no.tavla.news;

import java.time.Instant;

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
 */
public record ItemDraft(String title, String lead, String body, long unitId, Long contactPersonId, ItemKind kind,
                        Instant pinnedUntil, boolean commentsEnabled, Audience audience, Instant releaseAt,
                        Instant expiresAt, Instant externalReleaseAt) {

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
    }
}
