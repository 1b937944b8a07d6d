package dk.sammen.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per user name: the first few failures are free (people mistype),
 * after that each further failure doubles a waiting time during which no attempt for that name
 * is even checked. Kept in memory: a restart forgets, which is acceptable for a tarpit.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user must still wait before the next attempt is checked; zero when free. */
    public Duration waitBeforeNextAttempt(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < FREE_FAILURES) return Duration.ZERO;
        Instant now = clock.instant();
        if (Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0) {
            failures.remove(key(username));
            return Duration.ZERO;
        }
        Instant allowedFrom = f.last().plus(waitAfter(f.count()));
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    static Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public void failed(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
