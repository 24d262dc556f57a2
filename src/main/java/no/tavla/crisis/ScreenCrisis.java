package no.tavla.crisis;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a staff-room screen shows instead of its turn while a crisis holds its unit: reach's screens ask, the crisis
 * module answers. A screen has no signed-in person, so it is asked by the screen's unit.
 */
public interface ScreenCrisis {

    /**
     * @param latest the latest update's text, else the crisis's message
     * @param at     when the latest word was said
     */
    record Shown(long crisisId, boolean drill, String title, String message, String latest, Instant at) {
    }

    /** The crisis (before a drill) whose scope holds the unit; empty for none. */
    Optional<Shown> forUnit(long unitId);

    /**
     * Tells the screen, on Tavla's thread, when what it should show changes (switched on, updated, off).
     *
     * @return what stops it (the screen is gone)
     */
    Runnable follow(long unitId, Consumer<Optional<Shown>> screen);
}
