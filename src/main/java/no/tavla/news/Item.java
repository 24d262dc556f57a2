package no.tavla.news;

import java.time.Instant;

import no.tavla.shared.Language;

/** An item as Tavla holds it; {@code revision} numbers its text, one more for each correction applied. */
public record Item(long id, String title, String lead, String body, long unitId, String unitName,
                   Long contactPersonId, String contactName, ItemKind kind, Instant pinnedUntil,
                   boolean commentsEnabled, Audience audience, ItemStatus status, Instant releaseAt,
                   Instant expiresAt, Instant externalReleaseAt, long authorId, String authorName, int confirmRound,
                   int seenCount, int confirmedCount, Instant createdAt, Instant updatedAt, boolean alreadyPublic,
                   String alreadyPublicReason, int revision, Instant confirmBy, Language language) {

    /** Whether it has a public part. */
    public boolean externalRelease() {
        return externalReleaseAt != null;
    }

    /** Out on the public channel at this instant. */
    public boolean isPublic(Instant now) {
        return isOut(now) && externalReleaseAt != null && !externalReleaseAt.isAfter(now) && !isExpired(now);
    }

    /** Published, with its release time reached, at this instant. */
    public boolean isOut(Instant now) {
        return status == ItemStatus.PUBLISHED && releaseAt != null && !releaseAt.isAfter(now);
    }

    public boolean isScheduled(Instant now) {
        return status == ItemStatus.PUBLISHED && releaseAt != null && releaseAt.isAfter(now);
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public boolean isPinned(Instant now) {
        return kind == ItemKind.IMPORTANT && pinnedUntil != null && pinnedUntil.isAfter(now);
    }

    /** The item with its words in another language: a reader's version, the same item otherwise. */
    public Item inLanguage(LanguageVersion version) {
        return new Item(id, version.title(), version.lead(), version.body(), unitId, unitName, contactPersonId,
                contactName, kind, pinnedUntil, commentsEnabled, audience, status, releaseAt, expiresAt,
                externalReleaseAt, authorId, authorName, confirmRound, seenCount, confirmedCount, createdAt, updatedAt,
                alreadyPublic, alreadyPublicReason, revision, confirmBy, version.language());
    }

    public ItemDraft draft() {
        return new ItemDraft(title, lead, body, unitId, contactPersonId, kind, pinnedUntil, commentsEnabled, audience,
                releaseAt, expiresAt, externalReleaseAt, confirmBy, language);
    }
}
