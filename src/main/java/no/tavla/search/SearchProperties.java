package no.tavla.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search's settings.
 *
 * @param follow    how often each instance looks for changes in the database to follow into its index
 *                  (TAVLA_SEARCH_FOLLOW, default five seconds: "found within seconds on every instance")
 * @param directory where the index lives (TAVLA_SEARCH_DIRECTORY); empty for a new directory under the system's
 *                  temporary one, removed at shutdown. Either way it is built anew at start (decision 0027).
 */
@ConfigurationProperties("tavla.search")
public record SearchProperties(Duration follow, Path directory) {

    public SearchProperties {
        if (follow == null) {
            follow = Duration.ofSeconds(5);
        }
        if (follow.isNegative() || follow.isZero() || follow.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("tavla.search.follow must be between 1 millisecond and 5 minutes");
        }
    }
}
