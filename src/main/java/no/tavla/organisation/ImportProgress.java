package no.tavla.organisation;

/** Hears how far a running import has come, so a long import can show its progress. */
@FunctionalInterface
public interface ImportProgress {

    /** Nobody listens. */
    ImportProgress NONE = (stage, done, total) -> {
    };

    /** The steps of an import, in order. */
    enum Stage {
        CHECKING, UNITS, PEOPLE, LEAVERS, MEMBERSHIPS, FINISHING
    }

    /**
     * @param done  rows written so far in this stage
     * @param total rows this stage writes
     */
    void at(Stage stage, int done, int total);
}
