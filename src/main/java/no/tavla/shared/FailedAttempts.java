package no.tavla.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: each client address may fail (a wrong API, metrics or staff-room token) a few times a minute;
 * beyond that, its requests are refused before any token is looked at, until the allowance has refilled. Buckets
 * (Bucket4j) are kept per address in a bounded cache, so a flood of addresses cannot fill the memory either.
 */
@Component
public class FailedAttempts {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public FailedAttempts(@Value("${tavla.failed-attempts-per-minute:10}") int perMinute) {
        if (perMinute < 1) {
            throw new ConfigurationProblem("TAVLA_FAILED_ATTEMPTS_PER_MINUTE", "must be at least 1",
                    "Leave it unset for 10, or give a whole number.");
        }
        this.perMinute = perMinute;
    }

    /** Whether this address has used up its failures for now: refuse it without looking further. */
    public boolean blocked(String address) {
        Bucket bucket = buckets.getIfPresent(key(address));
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Counts a failure from this address. */
    public void failed(String address) {
        buckets.get(key(address), a -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build()).tryConsume(1);
    }

    /** How many seconds until this address may try again (at least 1). */
    public long retryAfterSeconds() {
        return Math.max(1, 60 / perMinute);
    }

    /** Answers 429 with when to try again; nothing else is said or looked at. */
    public void refuse(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Too many failed attempts. Try again later.\n");
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
