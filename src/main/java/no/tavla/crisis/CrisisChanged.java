package no.tavla.crisis;

/**
 * A crisis was switched on, updated or switched off: the banner, the channels and the jobs follow. Published after the
 * change is committed.
 */
public record CrisisChanged(long crisisId, boolean drill, Change change) {

    public enum Change {
        SWITCHED_ON, UPDATED, SWITCHED_OFF
    }
}
