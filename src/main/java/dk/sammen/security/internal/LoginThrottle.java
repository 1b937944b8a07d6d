package dk.sammen.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per user name: the first few failures are free (people mistype),
 * after that each further failure doubles a waiting time during which no attempt for that name
 * is even checked. Kept in the database, so that with several servers behind a load balancer a
 * guesser who is slowed down on one is slowed down on all (issue 14); each call is one short
 * statement of its own, outside any transaction of the sign-in.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    private static final String ONE_MORE = "update sign_in_throttle set failures = failures + 1, last_failed_at = ? where username_key = ?";

    private record Failures(int count, Instant last) {
    }

    private final JdbcTemplate db;
    private final Clock clock;

    LoginThrottle(JdbcTemplate db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** How long the user must still wait before the next attempt is checked; zero when free. */
    public Duration waitBeforeNextAttempt(String username) {
        List<Failures> found = db.query("select failures, last_failed_at from sign_in_throttle where username_key = ?",
                (row, i) -> new Failures(row.getInt(1), row.getTimestamp(2).toInstant()), key(username));
        if (found.isEmpty() || found.getFirst().count() < FREE_FAILURES) return Duration.ZERO;
        Failures f = found.getFirst();
        Instant now = clock.instant();
        if (Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0) return Duration.ZERO;
        Instant allowedFrom = f.last().plus(waitAfter(f.count()));
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    static Duration waitAfter(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public void failed(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        // Old rows go first, so that guessing many names cannot grow the table without end, and a
        // name last failed long ago starts again from one.
        db.update("delete from sign_in_throttle where last_failed_at < ?", Timestamp.from(clock.instant().minus(FORGET_AFTER)));
        String key = key(username);
        if (db.update(ONE_MORE, now, key) > 0) return;
        try {
            db.update("insert into sign_in_throttle (username_key, failures, last_failed_at) values (?, 1, ?)", key, now);
        } catch (DuplicateKeyException anotherServerInsertedFirst) {
            db.update(ONE_MORE, now, key);
        }
    }

    public void succeeded(String username) {
        db.update("delete from sign_in_throttle where username_key = ?", key(username));
    }

    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        // Longer than any user name: cut, so that a very long guess is throttled rather than refused by the column.
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
