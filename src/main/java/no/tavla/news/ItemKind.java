package no.tavla.news;

/** What kind of item this is. */
public enum ItemKind {
    NORMAL,
    /** Pinned at the top of the audience's feed until a chosen time. */
    IMPORTANT,
    /** "Lest og forstått": readers confirm they have read and understood it. */
    MUST_READ
}
