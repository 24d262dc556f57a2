package no.tavla.crisis;

/** What the banner of every page in a crisis's scope says: the crisis and its latest update (null: none yet). */
public record CrisisNotice(Crisis crisis, CrisisUpdate latest) {

    /** The latest word: the latest update's text, else the crisis's message. */
    public String latestText() {
        return latest == null ? crisis.message() : latest.text();
    }
}
