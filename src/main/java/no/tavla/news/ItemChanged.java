package no.tavla.news;

/**
 * An item became visible to its readers or stopped being so (released, withdrawn, marked already public). Published
 * once per release by {@link ReleaseJob}, and at once on withdrawal, so open pages update themselves.
 */
public record ItemChanged(long itemId, Kind kind) {

    public enum Kind {
        RELEASED, PUBLISHED_EXTERNALLY, WITHDRAWN
    }
}
