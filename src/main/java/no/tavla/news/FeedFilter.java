package no.tavla.news;

/** What the feed shows. */
public enum FeedFilter {
    /** Everything whose audience includes the reader. */
    ALL,
    /** Items for the reader's units (not those for the whole municipality). */
    MY_UNITS,
    /** Items for the whole municipality. */
    WHOLE_MUNICIPALITY,
    /** Must-read items the reader has not confirmed yet. */
    UNCONFIRMED,
    /** Items that have expired: out of the feed, still readable. */
    ARCHIVE
}
